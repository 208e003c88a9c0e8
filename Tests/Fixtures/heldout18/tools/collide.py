# Confirm that the program names of this set are new (run from the set's folder).
# Reads the texts and gold files under Tests/Fixtures/*/ and the seeds only to look for collisions;
# prints nothing but collisions and counts.
import glob, json, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
ROOT = '/work/main'
NAMES = ['lishu', 'guyuan', 'meitan', 'nanfeng', 'keshan']
DIRTY = {'meitan'}
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
STRIP = re.compile(r'[“”‘’《》"\s]')

def norm(s): return STRIP.sub('', s)

mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = n
texts = {n: norm(open(f'clean/{n}.txt' if n in DIRTY else f'{n}.txt', encoding='utf-8').read()) for n in NAMES}

earlier_texts = []
for f in sorted(glob.glob(f'{ROOT}/seeds/*.txt')):
    earlier_texts.append((f, norm(t2s.convert(PY.sub('', open(f, encoding='utf-8').read())))))
for f in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/**/*.txt', recursive=True)):
    if '/tools/' in f: continue
    s = open(f, encoding='utf-8').read()
    earlier_texts.append((f, norm(s)))
    earlier_texts.append((f + ' (t2s)', norm(t2s.convert(PY.sub('', s)))))

def names_in(obj):
    out = []
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k in ('required', 'optional') and isinstance(v, list):
                out += [x for x in v if isinstance(x, str)]
            else:
                out += names_in(v)
    elif isinstance(obj, list):
        for v in obj: out += names_in(v)
    return out

earlier_names = set()
for f in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/*/*.json')) + sorted(glob.glob(f'{ROOT}/Tests/Fixtures/gold/*.json')):
    try:
        earlier_names |= set(names_in(json.load(open(f, encoding='utf-8'))))
    except Exception as e:
        print('unreadable', os.path.relpath(f, ROOT), e)
earlier_names = {norm(x) for x in earlier_names}

bad = 0
for p, n in mine.items():
    q = norm(p)
    for f, s in earlier_texts:
        if q in s:
            print('name in earlier text:', n, p, os.path.relpath(f.split(' ')[0], ROOT)); bad += 1; break
    if q in earlier_names:
        print('name equals earlier name:', n, p); bad += 1
ALLOWED_TAILS = {'产业链党建联盟'}
for e in sorted(earlier_names):
    if len(e) < 3: continue
    for n, s in texts.items():
        if e in s:
            tag = ' (allowed tail)' if e in ALLOWED_TAILS else ''
            print('earlier name in my text:', n, e + tag)
            if not tag: bad += 1
print(len(mine), 'names checked against', len(earlier_texts), 'texts and', len(earlier_names), 'earlier names;', bad, 'collisions')
