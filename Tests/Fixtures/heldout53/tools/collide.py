# Confirm heldout53's program names are new. Reads earlier gold and texts only to compare; prints
# only collisions, never the earlier material itself beyond the colliding string.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
def strip(s): return re.sub('[“”‘’《》]', '', s)
def depin(s): return re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
mine = {}
for g in glob.glob(os.path.join(HERE, '*.gold.json')):
    d = json.load(open(g, encoding='utf-8')); n = os.path.basename(g).split('.')[0]
    for p in d['programs']['required'] + d['programs'].get('optional', []): mine[p] = n
mytexts = {}
for n in set(mine.values()):
    p = os.path.join(HERE, 'clean', n + '.txt')
    if not os.path.exists(p): p = os.path.join(HERE, n + '.txt')
    mytexts[n] = strip(open(p, encoding='utf-8').read())
texts = []
for p in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    texts.append((p, strip(t2s.convert(depin(open(p, encoding='utf-8').read())))))
for p in glob.glob(SEEDS + '/*.txt'):
    texts.append((p, strip(t2s.convert(depin(open(p, encoding='utf-8').read())))))
earlier = set()
for p in glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json'):
    try: d = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = d.get('programs') if isinstance(d, dict) else None
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k, []) or []:
                if isinstance(x, str): earlier.add(strip(x))
hits = 0
for name, f in sorted(mine.items()):
    for p, t in texts:
        if name in t: print('IN TEXT', name, os.path.relpath(p, FIX)); hits += 1
    if name in earlier: print('EQUALS EARLIER NAME', name); hits += 1
for e in sorted(earlier):
    if len(e) >= 3:
        for n, t in mytexts.items():
            if e in t: print('EARLIER NAME IN MY TEXT', n, e); hits += 1
print('texts', len(texts), 'earlier names', len(earlier), 'my names', len(mine), 'collisions', hits)
