# Confirm that the program names of the thirty-fifth set are new. Reads earlier texts and gold
# only to compare; prints collisions only.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
NAMES = ['wenchang', 'kaiping', 'rucheng', 'nankang', 'dongshan']
def strip(s): return re.sub('[“”‘’《》「」"]', '', s)
def unpinyin(s): return re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+\)', '', s)
mine = {}; mytext = {}
for n in NAMES:
    g = json.load(open(os.path.join(HERE, f'{n}.gold.json'), encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []): mine[strip(p)] = n
    src = os.path.join(HERE, 'clean', f'{n}.txt')
    if not os.path.exists(src): src = os.path.join(HERE, f'{n}.txt')
    mytext[n] = strip(open(src, encoding='utf-8').read())
texts = {}
for f in glob.glob(f'{FIX}/**/*.txt', recursive=True) + glob.glob(f'{SEEDS}/*.txt') + glob.glob(f'{SEEDS}/*.md'):
    if '/heldout35/' in f: continue
    texts[f] = strip(t2s.convert(unpinyin(open(f, encoding='utf-8', errors='replace').read())))
earlier = set()
def walk(o):
    if isinstance(o, dict):
        for k, v in o.items():
            if k in ('required', 'optional') and isinstance(v, list):
                earlier.update(strip(x) for x in v if isinstance(x, str))
            elif k == 'programs' and isinstance(v, list):
                for x in v:
                    if isinstance(x, str): earlier.add(strip(x))
                    elif isinstance(x, dict) and isinstance(x.get('name'), str): earlier.add(strip(x['name']))
            else: walk(v)
    elif isinstance(o, list):
        for v in o: walk(v)
for f in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json'):
    if '/heldout35/' in f: continue
    try: walk(json.load(open(f, encoding='utf-8')))
    except Exception as e: print('skip', f, e)
bad = 0
for p, n in mine.items():
    for f, t in texts.items():
        if p in t: bad += 1; print('IN EARLIER TEXT', n, p, f)
    if p in earlier: bad += 1; print('EQUALS EARLIER NAME', n, p)
for p in earlier:
    if len(p) < 3: continue
    for n, t in mytext.items():
        if p in t: bad += 1; print('EARLIER NAME IN MY TEXT', n, p)
print('my names', len(mine), 'earlier texts', len(texts), 'earlier names', len(earlier), 'collisions', bad)
