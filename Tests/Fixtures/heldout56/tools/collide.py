# Confirm that the program names here are new. Reads earlier texts and gold only to report collisions.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
CN = str.maketrans('', '', '“”‘’《》')
NAMES = ['wuan', 'wenxian', 'guangrao', 'tongzhou', 'gaoping']
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p.translate(CN)] = n
texts = {}
for f in glob.glob('/work/main/seeds/*.txt'):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)
    texts[f] = t2s.convert(s).translate(CN)
for f in glob.glob(FIX + '/**/*.txt', recursive=True):
    s = open(f, encoding='utf-8', errors='replace').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)
    texts[f] = t2s.convert(s).translate(CN)
old = set()
golds = glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json')
for f in golds:
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for p in pr.get(k, []) or []:
                if isinstance(p, str): old.add(p.translate(CN))
    elif isinstance(pr, list):
        for p in pr:
            if isinstance(p, str): old.add(p.translate(CN))
            elif isinstance(p, dict) and isinstance(p.get('name'), str): old.add(p['name'].translate(CN))
print('earlier texts', len(texts), 'gold files', len(golds), 'earlier names', len(old))
hits = 0
for p, n in mine.items():
    if p in old: print('EQUAL to earlier name:', n, p); hits += 1
    for f, s in texts.items():
        if p in s: print('IN earlier text:', n, p, os.path.relpath(f, '/work/main')); hits += 1
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    s = open(src, encoding='utf-8').read().translate(CN)
    for p in old:
        if len(p) >= 3 and p in s: print('earlier name in my text:', n, p); hits += 1
print('collisions', hits)
