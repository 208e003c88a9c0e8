# Confirm that this set's program names are new. Reads earlier gold JSON and texts only to compare;
# prints collisions only, never the earlier content.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
NAMES = ['cangxi','qinglong','lancang','youyang','sanjiang']
def strip(s): return re.sub('[“”‘’《》"]', '', s)
def clean_seed(s):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return t2s.convert(s)
mine = {}; mytext = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for x in g['programs']['required'] + g['programs'].get('optional', []):
        mine[x] = n
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mytext[n] = strip(open(p, encoding='utf-8').read())
texts = []
for p in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt'):
    texts.append((p, strip(clean_seed(open(p, encoding='utf-8').read()))))
for p in glob.glob('/work/main/seeds/*.txt'):
    texts.append((p, strip(clean_seed(open(p, encoding='utf-8').read()))))
old = set()
for p in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') if isinstance(g, dict) else None
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k, []) or []:
                if isinstance(x, str): old.add(strip(x))
print('earlier texts', len(texts), 'earlier names', len(old))
hits = 0
for x, n in mine.items():
    if x in old: print('EQUAL to earlier name:', n, x); hits += 1
    for p, t in texts:
        if x in t: print('OCCURS in earlier text:', n, x, os.path.relpath(p, '/work/main')); hits += 1
for o in sorted(old):
    if len(o) >= 3:
        for n, t in mytext.items():
            if o in t: print('EARLIER NAME in my text:', n, o); hits += 1
print('collisions', hits)
