# Confirm that the program names of heldout48 are new. Reads the earlier texts and gold files
# only to compare; prints nothing from them except a colliding name.
import glob, json, os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
ROOT = '/work/main'
NAMES = ['nanhai', 'chongzhou', 'nanan', 'sangzhi', 'wulong']
def strip(s): return re.sub('[“”‘’《》"]', '', s)
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
def norm(s): return strip(t2s.convert(PY.sub('', s))).replace(',', '，')

mine = {}
mytexts = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for x in g['programs']['required'] + g['programs'].get('optional', []):
        mine[strip(x)] = n
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mytexts[n] = strip(open(p, encoding='utf-8').read())

texts = []
for p in sorted(glob.glob(f'{ROOT}/seeds/*.txt')):
    texts.append((p, norm(open(p, encoding='utf-8').read())))
for p in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/*/*.txt') + glob.glob(f'{ROOT}/Tests/Fixtures/*/clean/*.txt')):
    texts.append((p, norm(open(p, encoding='utf-8').read())))

def progs(o, acc):
    if isinstance(o, dict):
        for k, v in o.items():
            if k == 'programs':
                if isinstance(v, dict):
                    for kk in ('required', 'optional'):
                        for x in v.get(kk, []) or []:
                            if isinstance(x, str): acc.add(strip(x))
                            elif isinstance(x, dict) and 'name' in x: acc.add(strip(x['name']))
                elif isinstance(v, list):
                    for x in v:
                        if isinstance(x, str): acc.add(strip(x))
                        elif isinstance(x, dict) and 'name' in x: acc.add(strip(x['name']))
            else: progs(v, acc)
    elif isinstance(o, list):
        for v in o: progs(v, acc)
earlier = set()
golds = glob.glob(f'{ROOT}/Tests/Fixtures/*/*.json') + glob.glob(f'{ROOT}/Tests/Fixtures/gold/*.json')
for p in golds:
    try: progs(json.load(open(p, encoding='utf-8')), earlier)
    except Exception as e: print('skip', p, e)
print('texts', len(texts), 'gold files', len(golds), 'earlier names', len(earlier))
hits = 0
for x, n in mine.items():
    for p, t in texts:
        if x in t:
            print('IN TEXT', n, x, os.path.relpath(p, ROOT)); hits += 1
    if x in earlier:
        print('EQUALS EARLIER', n, x); hits += 1
for e in earlier:
    if len(e) >= 3:
        for n, t in mytexts.items():
            if e in t:
                print('EARLIER NAME IN MY TEXT', n, e); hits += 1
print('collisions', hits)
