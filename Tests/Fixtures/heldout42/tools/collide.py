# Confirm heldout42 program names are new: not in seeds or earlier texts, not equal to earlier gold names,
# and no earlier gold name (>=3 chars) occurs in these texts.
import json, glob, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = '/work/pending/heldout42'
NAMES = ['mentougou', 'wuqing', 'jiading', 'zhuozhou', 'huairou']
mine = {}
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json'))
    for k in ('required', 'optional'):
        for x in g['programs'][k]: mine[x] = (n, k)
norm = lambda s: re.sub('[“”‘’《》「」]', '', s)
old = set()
files = glob.glob('/work/main/Tests/Fixtures/*/*.gold.json') + glob.glob('/work/main/Tests/Fixtures/gold/*.json')
for f in files:
    try: g = json.load(open(f))
    except Exception as e: print('skip', f, e); continue
    pr = g.get('programs', {})
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k, []) or []:
                old.add(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False))
    elif isinstance(pr, list):
        for x in pr: old.add(x if isinstance(x, str) else x.get('name', ''))
oldn = {norm(x) for x in old}
print('old names', len(oldn), 'gold files', len(files))
for x, (n, k) in sorted(mine.items()):
    if norm(x) in oldn: print('EXACT COLLISION', n, k, x)
for x, (n, k) in sorted(mine.items()):
    for o in oldn:
        if len(o) >= 3 and len(x) >= 3 and (o in norm(x) or norm(x) in o) and o != norm(x):
            print('overlap', n, k, x, '<->', o)
texts = {}
for n in NAMES:
    p = f'{HERE}/' + ('clean/' if n == 'wuqing' else '') + n + '.txt'
    texts[n] = norm(open(p).read())
for o in sorted(oldn):
    if len(o) >= 3:
        for n, t in texts.items():
            if o in t: print('old name in my text', n, o)
others = glob.glob('/work/main/seeds/*.txt') + glob.glob('/work/main/Tests/Fixtures/*/*.txt') + glob.glob('/work/main/Tests/Fixtures/*/clean/*.txt')
print('other texts', len(others))
for f in others:
    s = open(f, encoding='utf-8', errors='ignore').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)', '', s); s = norm(t2s.convert(s))
    for x, (n, k) in mine.items():
        if norm(x) in s: print('my name in other text', n, k, x, f)
