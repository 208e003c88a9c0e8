#!/usr/bin/env python3
"""Collision check: do our program names equal/contain/appear-in earlier program names?
Reads earlier gold JSON only to build a name set; prints collisions only."""
import json, glob, sys, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
def norm(s): return re.sub(r'[“”‘’「」《》"]', '', s)
old = set()
for f in glob.glob('/work/main/Tests/Fixtures/*/*.gold.json') + glob.glob('/work/main/Tests/Fixtures/gold/*.json'):
    try: d = json.load(open(f))
    except Exception: continue
    p = d.get('programs') or {}
    if isinstance(p, dict):
        for k in ('required', 'optional'):
            for n in p.get(k, []) or []:
                old.add(norm(n))
old.discard('')
texts = {}
for f in glob.glob('/work/main/Tests/Fixtures/*/*.txt') + glob.glob('/work/main/Tests/Fixtures/*/clean/*.txt'):
    texts[f] = norm(open(f, encoding='utf-8').read())
seeds = {}
for f in glob.glob('/work/shared/seeds/*.txt'):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    seeds[f] = norm(t2s.convert(s))
here = '/work/pending/heldout13'
bad = 0
mine = {}
for g in sorted(glob.glob(here + '/*.gold.json')):
    d = json.load(open(g))
    for k in ('required', 'optional'):
        for n in d['programs'][k]:
            mine.setdefault(norm(n), []).append(os.path.basename(g))
for n, fs in mine.items():
    if len(fs) > 1:
        print('SHARED between our files:', n, fs); bad += 1
    if n in old:
        print('EQUAL to earlier program name:', n, fs); bad += 1
    for o in old:
        if len(o) >= 3 and o != n and (o in n):
            print('contains earlier name:', n, '⊃', o); bad += 1
    for f, t in list(texts.items()) + list(seeds.items()):
        if len(n) >= 3 and n in t:
            print('occurs in earlier text:', n, os.path.relpath(f, '/work')); bad += 1
# earlier names (>=3 chars) inside our clean texts
for t in sorted(glob.glob(here + '/*.txt')):
    name = os.path.basename(t)
    cp = os.path.join(here, 'clean', name)
    src = cp if os.path.exists(cp) else t
    s = norm(open(src, encoding='utf-8').read())
    for o in old:
        if len(o) >= 3 and o in s:
            print('earlier name occurs in', name, ':', o); bad += 1
print('collision problems:', bad)
