# Confirm that this set's program names are new. Reads the seeds and everything under
# Tests/Fixtures only to test for collisions; prints collisions only.
import json, os, re, glob
from opencc import OpenCC
t2s = OpenCC('t2s')
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
ROOT = '/work/main'
NAMES = ['chunan', 'jiangyan', 'qingtian', 'lianshui', 'taishun']
def strip(s): return re.sub('[“”‘’《》]', '', s)
def norm(s): return strip(t2s.convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)))
ours = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for x in g['programs']['required'] + g['programs'].get('optional', []): ours[x] = n
texts = {}
for p in glob.glob(f'{ROOT}/seeds/*.txt') + glob.glob(f'{ROOT}/Tests/Fixtures/**/*.txt', recursive=True):
    texts[p] = norm(open(p, encoding='utf-8', errors='replace').read())
old = set()
for p in glob.glob(f'{ROOT}/Tests/Fixtures/**/*.json', recursive=True):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    if isinstance(g, dict) and isinstance(g.get('programs'), dict):
        for k in ('required', 'optional'):
            for x in g['programs'].get(k, []) or []:
                if isinstance(x, str): old.add(strip(x))
n_hits = 0
for x, n in ours.items():
    for p, t in texts.items():
        if x in t: print('name in earlier text:', n, x, os.path.relpath(p, ROOT)); n_hits += 1
    if x in old: print('equal to earlier gold name:', n, x); n_hits += 1
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(p, encoding='utf-8').read())
    for x in old:
        if len(x) >= 3 and x in t: print('earlier name in our text:', n, x); n_hits += 1
print('texts', len(texts), 'earlier names', len(old), 'collisions', n_hits)
