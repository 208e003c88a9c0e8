# Confirm that the program names of this set are new: not in the seeds or any earlier text, not equal to any
# earlier gold name, and that no earlier gold name (3+ chars) occurs in these texts. Prints collisions only.
import json, os, re, glob
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
NAMES = ['cangyuan', 'congjiang', 'napo', 'xichong', 'yanchi']
strip = lambda s: re.sub('[“”‘’《》「」"]', '', s)
def norm(t):
    t = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', t)
    return strip(t2s.convert(t))
texts = {}
for p in glob.glob('/work/main/seeds/*.txt') + glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    texts[p] = norm(open(p, encoding='utf-8', errors='replace').read())
old = set()
def walk(o):
    if isinstance(o, dict):
        pr = o.get('programs')
        if isinstance(pr, dict):
            for k in ('required', 'optional'):
                for x in pr.get(k, []) or []:
                    if isinstance(x, str): old.add(strip(x))
                    elif isinstance(x, dict) and 'name' in x: old.add(strip(x['name']))
        elif isinstance(pr, list):
            for x in pr:
                if isinstance(x, str): old.add(strip(x))
                elif isinstance(x, dict) and 'name' in x: old.add(strip(x['name']))
        for v in o.values(): walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for p in glob.glob(FIX + '/*/*.json') + glob.glob(FIX + '/gold/*.json'):
    try: walk(json.load(open(p, encoding='utf-8')))
    except Exception as e: print('skip', p, e)
print('earlier texts', len(texts), 'earlier names', len(old))
n_hits = 0
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    mine = g['programs']['required'] + g['programs'].get('optional', [])
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    my = strip(open(path, encoding='utf-8').read())
    for m in mine:
        m = strip(m)
        if m in old: print(n, 'EQUALS earlier name:', m); n_hits += 1
        for p, t in texts.items():
            if m in t: print(n, 'occurs in', os.path.relpath(p, '/work/main'), ':', m); n_hits += 1; break
    for o in old:
        if len(o) >= 3 and o in my: print(n, 'earlier name occurs here:', o); n_hits += 1
print('collisions:', n_hits)
