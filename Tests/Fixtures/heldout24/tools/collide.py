# Confirm that heldout24 program names are new. Reads earlier fixtures and seeds only to test for
# collisions; prints collisions only, never the earlier texts.
import glob, json, os, re
from opencc import OpenCC
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
t2s = OpenCC('t2s')
NAMES = ['chongming', 'pinggu', 'wushan', 'qionghai', 'bomi']
strip = lambda s: re.sub('[“”‘’《》"]', '', s)

mine = {}
mytexts = {}
for n in NAMES:
    g = json.load(open(os.path.join(HERE, f'{n}.gold.json'), encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = n
    src = os.path.join(HERE, 'clean', f'{n}.txt')
    if not os.path.exists(src): src = os.path.join(HERE, f'{n}.txt')
    mytexts[n] = strip(open(src, encoding='utf-8').read())

texts = []
for f in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt'):
    s = open(f, encoding='utf-8', errors='replace').read()
    s = t2s.convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
    texts.append((f, strip(s)))
for f in glob.glob(f'{SEEDS}/*.txt'):
    s = open(f, encoding='utf-8', errors='replace').read()
    s = t2s.convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
    texts.append((f, strip(s)))

earlier = set()
for f in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json'):
    try:
        g = json.load(open(f, encoding='utf-8'))
    except Exception:
        continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for p in pr.get(k) or []:
                if isinstance(p, str): earlier.add(strip(p))
    elif isinstance(pr, list):
        for p in pr:
            if isinstance(p, str): earlier.add(strip(p))
            elif isinstance(p, dict) and 'name' in p: earlier.add(strip(p['name']))

n_coll = 0
for p, n in mine.items():
    q = strip(p)
    for f, s in texts:
        if q in s:
            n_coll += 1; print('NAME IN EARLIER TEXT:', n, p, '->', os.path.relpath(f, '/work/main'))
    if q in earlier:
        n_coll += 1; print('NAME EQUALS EARLIER GOLD NAME:', n, p)
for e in sorted(earlier):
    if len(e) >= 3:
        for n, s in mytexts.items():
            if e in s:
                n_coll += 1; print('EARLIER NAME IN MY TEXT:', n, e)
print('earlier names', len(earlier), 'texts', len(texts), 'collisions', n_coll)
