# Confirm that the program names of the thirty-ninth set are new.
# Reads seeds and ../Tests/Fixtures/*/ texts and gold files only for this comparison.
import glob, json, os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
ROOT = '/work/main'
t2s = OpenCC('t2s')
NAMES = ['dongxing', 'huli', 'taishan', 'yazhou', 'huanjiang']
DIRTY = {'huanjiang'}
strip = lambda s: re.sub('[“”‘’《》"]', '', s)

def names_of(g):
    out = []
    p = g.get('programs') if isinstance(g, dict) else None
    if isinstance(p, dict):
        for k in ('required', 'optional'):
            for x in p.get(k, []) or []:
                out.append(x if isinstance(x, str) else x.get('name', ''))
    elif isinstance(p, list):
        for x in p: out.append(x if isinstance(x, str) else x.get('name', ''))
    return [strip(x) for x in out if x]

old_texts = []
for f in sorted(glob.glob(f'{ROOT}/seeds/*.txt')):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    old_texts.append((f, strip(t2s.convert(s))))
for f in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/*/*.txt') + glob.glob(f'{ROOT}/Tests/Fixtures/*/clean/*.txt')):
    old_texts.append((f, strip(open(f, encoding='utf-8').read())))
old_names = {}
for f in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/*/*.gold.json') + glob.glob(f'{ROOT}/Tests/Fixtures/gold/*.json')):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    for x in names_of(g): old_names.setdefault(x, f)
print('old texts', len(old_texts), 'old names', len(old_names))
hits = 0
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    mine = g['programs']['required'] + g['programs'].get('optional', [])
    text = strip(open(f'clean/{n}.txt' if n in DIRTY else f'{n}.txt', encoding='utf-8').read())
    for p in mine:
        if p in old_names: print(n, 'EQUALS old name', p, old_names[p]); hits += 1
        for f, t in old_texts:
            if p in t: print(n, 'OCCURS in old text', p, f); hits += 1
    for o, f in old_names.items():
        if len(o) >= 3 and o in text: print(n, 'old name in my text', o, f); hits += 1
print('hits', hits)
