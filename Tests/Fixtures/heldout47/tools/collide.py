# Confirm that this set's program names are new. Reads earlier texts and gold files only to compare names;
# prints nothing from them except collisions.
import json, glob, re, os, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['linqing', 'pingyao', 'botou', 'linzhou', 'jianli']
strip = lambda s: re.sub(r'[“”‘’《》"]', '', s)

def clean_text(t):
    t = re.sub(r'\([a-zü\u0300-\u036f\u00c0-\u024f]+\)', '', t)   # pinyin glosses
    return strip(t2s.convert(t))

earlier_texts = {}
for p in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt') + glob.glob('/work/main/seeds/*.txt'):
    earlier_texts[p] = clean_text(open(p, encoding='utf-8').read())
earlier_names = set()
for p in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json'):
    g = json.load(open(p, encoding='utf-8'))
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for n in pr.get(k) or []:
                earlier_names.add(strip(n if isinstance(n, str) else n.get('name', '')))

mine = {}
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    for k in ('required', 'optional'):
        for x in g['programs'][k]:
            mine.setdefault(strip(x), []).append((n, k))
bad = 0
for x, where in mine.items():
    if x in earlier_names:
        print('EQUALS EARLIER NAME:', x, where); bad += 1
    hits = [os.path.relpath(p, FIX) for p, t in earlier_texts.items() if x in t]
    if hits:
        print('OCCURS IN EARLIER TEXT:', x, where, hits[:3]); bad += 1
for n in NAMES:
    p = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    t = strip(open(p, encoding='utf-8').read())
    for e in sorted(earlier_names):
        if len(e) >= 3 and e in t:
            print('EARLIER NAME IN', n + ':', e); bad += 1
print('collisions:', bad, '| earlier names:', len(earlier_names), '| earlier texts:', len(earlier_texts))
