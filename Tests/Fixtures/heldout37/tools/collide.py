# Confirm this batch's program names are new: not in seeds (pinyin removed, t2s), not in any text
# under Tests/Fixtures/*/, not equal to any earlier required/optional name; and no earlier name (>=3 chars)
# occurs in these texts. Prints only collisions (reads the others' files, never shows them whole).
import json, glob, re, os, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
FX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['weixian', 'luyi', 'caoxian', 'yuexi', 'helan']
strip = lambda s: re.sub('[“”‘’《》"]', '', s)
mine = {}
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine.setdefault(strip(p), []).append(n)
dup = [p for p, v in mine.items() if len(v) > 1]
print('shared between files:', dup)
texts = {}
for f in glob.glob(f'{SEEDS}/*.txt'):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    texts[f] = strip(t2s.convert(s))
for f in glob.glob(f'{FX}/*/*.txt') + glob.glob(f'{FX}/*/clean/*.txt'):
    if '/heldout37/' in f: continue
    texts[f] = strip(open(f, encoding='utf-8').read())
earlier = set()
for f in glob.glob(f'{FX}/*/*.gold.json') + glob.glob(f'{FX}/gold/*.json'):
    if '/heldout37/' in f: continue
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for p in (pr.get('required') or []) + (pr.get('optional') or []):
            if isinstance(p, str): earlier.add(strip(p))
bad = 0
for p in mine:
    if p in earlier: print('EQUALS earlier name:', p); bad += 1
    for f, s in texts.items():
        if p in s: print('IN TEXT', os.path.relpath(f, '/work/main'), ':', p); bad += 1
own = {n: strip(open(f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt', encoding='utf-8').read()) for n in NAMES}
for e in earlier:
    if len(e) >= 3:
        for n, s in own.items():
            if e in s: print('earlier name in', n, ':', e); bad += 1
print('earlier names', len(earlier), 'texts', len(texts), 'collisions', bad)
