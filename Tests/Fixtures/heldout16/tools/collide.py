# Confirm that this set's program names are new. Reads earlier gold JSON and texts under
# /work/main/Tests/Fixtures/*/ and the seeds only to compare names; prints only collisions.
import glob, json, re, os, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['jurong', 'xianju', 'wuyi', 'ninghai', 'baoying']
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)')
STRIP = str.maketrans('', '', '“”‘’《》"')

def norm(s):
    return t2s.convert(PY.sub('', s)).translate(STRIP)

def prog_names(obj):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ('required', 'optional') and isinstance(v, list):
                out += [x if isinstance(x, str) else x.get('name', '') for x in v]
            elif k == 'programs' and isinstance(v, list):
                out += [x if isinstance(x, str) else x.get('name', '') for x in v]
            else:
                out += prog_names(v)
    elif isinstance(obj, list):
        for x in obj: out += prog_names(x)
    return out

old_names = set()
for f in glob.glob(f'{FIX}/*/*.json'):
    try: old_names |= {norm(n) for n in prog_names(json.load(open(f, encoding='utf-8'))) if n}
    except Exception as e: print('skip', f, e)
old_texts = []
for f in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt') + glob.glob('/work/main/seeds/*.txt'):
    old_texts.append((f, norm(open(f, encoding='utf-8').read())))
print('earlier names', len(old_names), 'earlier texts', len(old_texts))

bad = 0
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    src = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    mytext = norm(open(src, encoding='utf-8').read())
    mine = g['programs']['required'] + g['programs'].get('optional', [])
    for p in mine:
        q = norm(p)
        if q in old_names:
            print('EQUALS earlier name:', n, p); bad += 1
        for f, t in old_texts:
            if q in t:
                print('OCCURS in earlier text:', n, p, os.path.relpath(f, '/work/main')); bad += 1
    for o in old_names:
        if len(o) >= 3 and o in mytext:
            print('earlier name in this text:', n, o); bad += 1
print('collisions', bad)
