# Confirm that the program names of the forty-ninth set are new. Prints collisions only.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = os.path.dirname(os.path.abspath(__file__)) + '/..'
FIX = '/work/main/Tests/Fixtures'
NAMES = ['libo', 'yuanyang', 'gulang', 'wushen', 'bama']
mine = {}
mytexts = {}
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = n
    src = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    mytexts[n] = re.sub('[“”‘’《》]', '', open(src, encoding='utf-8').read())
def norm(s):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return re.sub('[“”‘’《》]', '', t2s.convert(s))
texts = {}
for f in glob.glob(f'{FIX}/**/*.txt', recursive=True) + glob.glob('/work/main/seeds/*.txt'):
    texts[f] = norm(open(f, encoding='utf-8', errors='ignore').read())
earlier = set()
for f in glob.glob(f'{FIX}/**/*.json', recursive=True):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    progs = g.get('programs') if isinstance(g, dict) else None
    if isinstance(progs, dict):
        for k in ('required', 'optional'):
            for p in progs.get(k, []) or []:
                if isinstance(p, str): earlier.add(re.sub('[“”‘’《》]', '', p))
n_hits = 0
for p, n in mine.items():
    if p in earlier: print('EQUAL to earlier gold name:', n, p); n_hits += 1
    for f, t in texts.items():
        if p in t: print('OCCURS in earlier text:', n, p, os.path.relpath(f, '/work/main')); n_hits += 1
for e in earlier:
    if len(e) >= 3:
        for n, t in mytexts.items():
            if e in t: print('EARLIER name in my text:', n, e); n_hits += 1
print('earlier names', len(earlier), 'texts', len(texts), 'collisions', n_hits)
