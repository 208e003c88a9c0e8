# Confirm that this batch's names are new: prints only collisions. Run from the batch folder.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
mine = ['zhenhai', 'suining', 'huangyan', 'hanjiang', 'rudong']
strip = lambda s: re.sub('[“”‘’《》"]', '', s)

def names_of(g):
    p = g.get('programs', {})
    if isinstance(p, dict):
        return list(p.get('required', [])) + list(p.get('optional', []))
    return [x if isinstance(x, str) else x.get('name', '') for x in p]

old_names = set()
for f in glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json'):
    try:
        g = json.load(open(f, encoding='utf-8'))
    except Exception:
        continue
    if isinstance(g, dict):
        old_names.update(strip(n) for n in names_of(g) if n)
texts = []
for f in glob.glob(FIX + '/**/*.txt', recursive=True):
    texts.append(strip(open(f, encoding='utf-8', errors='ignore').read()))
for f in glob.glob(SEEDS + '/*.txt'):
    s = open(f, encoding='utf-8', errors='ignore').read()
    s = re.sub(r'\([a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜüńňǹḿ ]+\)', '', s)
    texts.append(strip(t2s.convert(s)))
alltext = '\n'.join(texts)
hits = 0
for n in mine:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        q = strip(p)
        if q in old_names: print('EQUALS earlier gold name:', n, q); hits += 1
        if q in alltext: print('OCCURS in earlier text:', n, q); hits += 1
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(path, encoding='utf-8').read())
    for o in old_names:
        if len(o) >= 3 and o in t: print('earlier name in my text:', n, o); hits += 1
for place in ['镇海', '睢宁', '黄岩', '邗江', '如东']:
    if place in alltext: print('place mentioned in earlier text:', place)
print('old names', len(old_names), 'texts', len(texts), 'collisions', hits)
