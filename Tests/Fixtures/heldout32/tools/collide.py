# Confirm that the names of the thirty-second set are new. Reads earlier gold and texts only to compare;
# prints nothing but collisions and counts.
import glob, json, os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
t2s = OpenCC('t2s')
NAMES = ['linan', 'qidong', 'jinyun', 'gaochun', 'changshan']
def strip(s): return re.sub('[“”‘’《》]', '', s)
def norm(s): return strip(re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))

old_texts = []
for p in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt'):
    old_texts.append((p, norm(t2s.convert(open(p, encoding='utf-8').read()))))
for p in glob.glob(f'{SEEDS}/*.txt'):
    old_texts.append((p, norm(t2s.convert(open(p, encoding='utf-8').read()))))

old_names = set()
def walk(o):
    if isinstance(o, dict):
        pr = o.get('programs')
        if isinstance(pr, dict):
            for k in ('required', 'optional'):
                for x in pr.get(k, []) or []:
                    if isinstance(x, str): old_names.add(strip(x))
                    elif isinstance(x, dict) and 'name' in x: old_names.add(strip(x['name']))
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for p in glob.glob(f'{FIX}/*/*.json') + glob.glob(f'{FIX}/gold/*.json'):
    try: walk(json.load(open(p, encoding='utf-8')))
    except Exception as e: print('skip', p, e)

bad = 0
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for x in g['programs']['required'] + g['programs'].get('optional', []):
        mine[strip(x)] = n
for x, n in mine.items():
    if x in old_names: print('EQUALS earlier gold name:', n, x); bad += 1
    for p, t in old_texts:
        if x in t: print('OCCURS in earlier text:', n, x, os.path.relpath(p, '/work/main')); bad += 1
ALLOW = {'共富工坊'}  # a province-wide kind named in passing, unquoted; not listed here
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = strip(open(path, encoding='utf-8').read())
    for o in sorted(old_names):
        if len(o) >= 3 and o in t and o not in ALLOW:
            print('EARLIER name occurs here:', n, o); bad += 1
PLACES = ['临安', '启东', '缙云', '高淳', '常山', '壶镇', '汇龙', '吕四', '砖墙', '固城湖', '太湖源']
for k in PLACES:
    hits = [os.path.relpath(p, '/work/main') for p, t in old_texts if k in t]
    if hits: print('place word', k, 'occurs in', len(hits), 'earlier text(s):', ', '.join(hits))
print('earlier names', len(old_names), 'earlier texts', len(old_texts), 'my names', len(mine), 'collisions', bad)
