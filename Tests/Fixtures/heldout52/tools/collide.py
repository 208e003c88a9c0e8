# Confirm that heldout52's program names are new. Reads earlier texts and gold only to test names;
# prints only collisions. Run from the batch folder.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
NAMES = ['gushi','honghu','lingao','jiaoling','miluo']
def strip(s): return re.sub('[“”‘’《》]', '', s)
def clean_seed(s):
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return t2s.convert(s)
texts = []
for p in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    texts.append(strip(clean_seed(open(p, encoding='utf-8').read())))
for p in glob.glob(SEEDS + '/*.txt'):
    texts.append(strip(clean_seed(open(p, encoding='utf-8').read())))
old = set()
def walk(o):
    if isinstance(o, dict):
        pr = o.get('programs')
        if isinstance(pr, dict):
            for k in ('required', 'optional'):
                for x in pr.get(k, []) or []:
                    if isinstance(x, str): old.add(strip(x))
                    elif isinstance(x, dict) and 'name' in x: old.add(strip(x['name']))
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for p in glob.glob(FIX + '/*/*.json') + glob.glob(FIX + '/gold/**/*.json', recursive=True):
    if '/heldout52/' in p: continue
    try: walk(json.load(open(p, encoding='utf-8')))
    except Exception as e: print('skip', p, e)
print('earlier texts', len(texts), 'earlier names', len(old))
hits = 0
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[strip(p)] = n
for p, n in mine.items():
    if p in old: print('EQUALS earlier name', n, p); hits += 1
    if any(p in t for t in texts): print('OCCURS in earlier text', n, p); hits += 1
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(path, encoding='utf-8').read())
    for o in old:
        if len(o) >= 3 and o in t: print('earlier name occurs in', n, o); hits += 1
print('collisions', hits)
