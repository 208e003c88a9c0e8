# Confirm that the names of the twenty-seventh set are new: not in the seeds or any earlier fixture text or gold.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
NAMES = ['changge', 'ningguo', 'pingjiang', 'dawu', 'yongxin']
def strip(s): return re.sub('[“”‘’《》]', '', s)
mine = {}
texts = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []): mine[p] = n
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    texts[n] = strip(open(path, encoding='utf-8').read())
corpus = []
for f in sorted(glob.glob(SEEDS + '/*.txt')):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    corpus.append((f, strip(t2s.convert(s))))
for f in sorted(glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt')):
    corpus.append((f, strip(open(f, encoding='utf-8').read())))
earlier = set()
for f in sorted(glob.glob(FIX + '/*/*.json')):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') if isinstance(g, dict) else None
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for p in pr.get(k) or []:
                if isinstance(p, str): earlier.add(strip(p))
hits = 0
for p, n in mine.items():
    for f, s in corpus:
        if p in s: print('IN EARLIER TEXT', n, p, f); hits += 1
    if p in earlier: print('EQUALS EARLIER NAME', n, p); hits += 1
for p in sorted(earlier):
    if len(p) >= 3:
        for n, s in texts.items():
            if p in s: print('EARLIER NAME IN TEXT', n, p); hits += 1
for place in ['长葛', '宁国', '平江', '大悟', '永新']:
    for f, s in corpus:
        if place in s: print('PLACE', place, f); hits += 1
print('earlier names', len(earlier), 'texts', len(corpus), 'collisions', hits)
