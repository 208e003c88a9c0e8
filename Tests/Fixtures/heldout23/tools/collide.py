# Confirm that the program names of this set are new. Reads earlier gold files and texts only to
# look for collisions; prints hits only. Run from the batch folder.
import glob, json, os, re, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
MINE = ['luanchuan', 'fucheng', 'gaotai', 'beiliu', 'kuandian']
here = os.path.abspath('.')
MARKS = re.compile('[“”‘’《》"]')

def norm(s):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)', '', s)
    return MARKS.sub('', t2s.convert(s))

def names(g):
    p = g.get('programs') or {}
    out = []
    if isinstance(p, dict):
        for k in ('required', 'optional'):
            for x in p.get(k) or []:
                out.append(x if isinstance(x, str) else (x.get('name') or ''))
    elif isinstance(p, list):
        for x in p:
            out.append(x if isinstance(x, str) else (x.get('name') or ''))
    return [MARKS.sub('', n) for n in out if n]

earlier_gold = sorted(set(glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json')))
earlier_txt = sorted(set(glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt')))
seed_txt = sorted(glob.glob(f'{SEEDS}/*.txt'))
earlier_names = set()
for f in earlier_gold:
    try:
        earlier_names.update(names(json.load(open(f, encoding='utf-8'))))
    except Exception as e:
        print('skip', f, e)
texts = {f: norm(open(f, encoding='utf-8').read()) for f in earlier_txt + seed_txt}

mine = {}
for n in MINE:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mine[n] = (names(g), MARKS.sub('', open(src, encoding='utf-8').read()))

bad = 0
allmine = [x for n in MINE for x in mine[n][0]]
if len(allmine) != len(set(allmine)):
    print('duplicate names across files'); bad += 1
for n in MINE:
    for x in mine[n][0]:
        if x in earlier_names:
            print('EQUAL to an earlier name:', n, x); bad += 1
        for f, t in texts.items():
            if x in t:
                print('OCCURS in earlier text:', n, x, os.path.relpath(f, '/work/main')); bad += 1
    for e in earlier_names:
        if len(e) >= 3 and e in mine[n][1]:
            print('earlier name occurs here:', n, e); bad += 1
print(len(earlier_gold), 'gold files,', len(texts), 'texts,', len(earlier_names), 'earlier names;', bad, 'hits')
