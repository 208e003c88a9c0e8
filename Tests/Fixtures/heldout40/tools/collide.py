# Confirm that the names of this set are new. Reads earlier gold JSON and texts only to compare;
# prints nothing from them except the colliding name itself.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
NAMES = ['hongan', 'xiushui', 'wuxiang', 'fuping', 'chaling']
def strip(s): return re.sub('[“”‘’《》"]', '', s)
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[strip(p)] = n
texts = {n: strip(open(f'clean/{n}.txt' if n == 'xiushui' else f'{n}.txt', encoding='utf-8').read()) for n in NAMES}

def names_in(obj, out):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == 'programs':
                if isinstance(v, dict):
                    for kk in ('required', 'optional'):
                        for x in v.get(kk, []) or []:
                            if isinstance(x, str): out.add(strip(x))
                            elif isinstance(x, dict) and 'name' in x: out.add(strip(x['name']))
                elif isinstance(v, list):
                    for x in v:
                        if isinstance(x, str): out.add(strip(x))
                        elif isinstance(x, dict) and 'name' in x: out.add(strip(x['name']))
            else:
                names_in(v, out)
    elif isinstance(obj, list):
        for v in obj: names_in(v, out)

earlier = set()
for f in glob.glob(f'{FIX}/**/*.json', recursive=True):
    try: names_in(json.load(open(f, encoding='utf-8')), earlier)
    except Exception: pass
corpus = []
for f in glob.glob(f'{FIX}/**/*.txt', recursive=True):
    corpus.append(strip(open(f, encoding='utf-8', errors='replace').read()))
for f in glob.glob(f'{SEEDS}/*.txt'):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    corpus.append(strip(t2s.convert(s)))
print('earlier names', len(earlier), 'texts', len(corpus))
bad = 0
for p, n in mine.items():
    if p in earlier: print('SAME AS EARLIER NAME', n, p); bad += 1
    hits = sum(1 for c in corpus if p in c)
    if hits: print('OCCURS IN EARLIER TEXT', n, p, hits); bad += 1
for e in earlier:
    if len(e) >= 3:
        for n, t in texts.items():
            if e in t: print('EARLIER NAME IN MY TEXT', n, e); bad += 1
places = {'hongan': '红安', 'xiushui': '修水', 'wuxiang': '武乡', 'fuping': '富平', 'chaling': '茶陵'}
for n, pl in places.items():
    print('place', pl, 'in earlier texts:', sum(1 for c in corpus if pl in c))
print('collisions', bad)
