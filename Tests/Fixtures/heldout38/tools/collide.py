# Confirm that the names here are new. Reads earlier texts and gold only to compare; prints hits only.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
NAMES = ['zhaojue','chengkou','qilin','renhuai','zhenxiong']
strip = lambda s: re.sub('[“”‘’《》"]', '', s)
def clean_seed(s):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    return strip(t2s.convert(s))
ours = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        ours[p] = n
texts = {}
for f in glob.glob(SEEDS + '/*.txt'):
    texts[f] = clean_seed(open(f, encoding='utf-8').read())
for f in glob.glob(FIX + '/**/*.txt', recursive=True):
    texts[f] = clean_seed(open(f, encoding='utf-8').read())
earlier = set()
for f in glob.glob(FIX + '/**/*.json', recursive=True):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    if isinstance(g, dict) and isinstance(g.get('programs'), dict):
        for k in ('required', 'optional'):
            for p in g['programs'].get(k, []) or []:
                if isinstance(p, str): earlier.add(strip(p))
hits = 0
for p, n in ours.items():
    for f, t in texts.items():
        if p in t: print('OUR NAME IN EARLIER TEXT', n, p, os.path.relpath(f, '/work/main')); hits += 1
    if p in earlier: print('OUR NAME EQUALS EARLIER NAME', n, p); hits += 1
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(path, encoding='utf-8').read())
    for e in sorted(earlier):
        if len(e) >= 3 and e in t: print('EARLIER NAME IN OUR TEXT', n, e); hits += 1
print('earlier names', len(earlier), 'texts', len(texts), 'hits', hits)
