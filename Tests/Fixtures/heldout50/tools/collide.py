# Confirm that the program names of heldout50 are new. Reads earlier gold JSON and texts only to
# compare; prints collisions only. Run from the folder above tools/.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
def strip(s): return re.sub('[“”‘’《》"\s]', '', s)
def norm_text(s):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return strip(t2s.convert(s))
mine = {}
for gp in glob.glob('*.gold.json'):
    g = json.load(open(gp, encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = gp[:-10]
old_names = set(); texts = []
for gp in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/*/*.json') + glob.glob(f'{FIX}/gold/*.json'):
    try: g = json.load(open(gp, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') if isinstance(g, dict) else None
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for p in pr.get(k, []) or []:
                if isinstance(p, str): old_names.add(strip(p))
for tp in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt') + glob.glob(f'{SEEDS}/*.txt'):
    texts.append((tp, norm_text(open(tp, encoding='utf-8', errors='replace').read())))
print('earlier names', len(old_names), 'earlier texts', len(texts))
bad = 0
for p, n in sorted(mine.items()):
    q = strip(p)
    if q in old_names: print('EQUALS earlier name:', n, p); bad += 1
    for tp, t in texts:
        if q in t: print('OCCURS in earlier text:', n, p, os.path.relpath(tp, '/work/main')); bad += 1
for f in glob.glob('*.gold.json'):
    n = f[:-10]; path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(path, encoding='utf-8').read())
    for o in sorted(old_names):
        if len(o) >= 3 and o in t: print('earlier name in my text:', n, o)
print('collisions', bad)
