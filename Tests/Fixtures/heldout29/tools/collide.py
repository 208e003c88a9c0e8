# Confirm the program names of the twenty-ninth set are new. Reads earlier gold and texts only
# to compare; prints only collisions.
import json, glob, re, os
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
strip = lambda s: re.sub('[“”‘’《》]', '', s)
NAMES = ['yuexiu', 'gulou', 'qingxiu', 'zhifu', 'qiaoxi']
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []): mine[p] = n
texts = {}
for p in glob.glob('/work/main/seeds/*.txt'):
    s = open(p, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)
    texts[p] = strip(t2s.convert(s))
for p in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    s = open(p, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)
    texts[p] = strip(t2s.convert(s))
earlier = set()
for p in glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k) or []:
                earlier.add(strip(x if isinstance(x, str) else x.get('name', '')))
print('texts', len(texts), 'earlier names', len(earlier))
n_hit = 0
for p, n in mine.items():
    sp = strip(p)
    if sp in earlier: print('EQUAL earlier name:', n, p); n_hit += 1
    for path, s in texts.items():
        if sp in s: print('IN TEXT:', n, p, os.path.relpath(path, '/work/main')); n_hit += 1
mytexts = {n: strip(open(f'clean/{n}.txt' if n == 'gulou' else f'{n}.txt', encoding='utf-8').read()) for n in NAMES}
for e in sorted(earlier):
    if len(e) >= 3:
        for n, s in mytexts.items():
            if e in s: print('EARLIER NAME IN MY TEXT:', n, e); n_hit += 1
print('collisions', n_hit)
