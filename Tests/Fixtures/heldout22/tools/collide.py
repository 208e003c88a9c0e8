# Confirm that the program names of this set are new. Reads the seeds and everything under
# Tests/Fixtures/*/ (texts and gold JSON) only to look for collisions; prints only the hits.
import glob, json, os, re, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
ROOT = sys.argv[1] if len(sys.argv) > 1 else '/work/main'
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['xinbei', 'cixi', 'qiantang', 'wuzhong', 'keqiao']
STRIP = str.maketrans('', '', '“”‘’《》')
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')

def norm(s):
    return s.translate(STRIP)

def clean_seed(t):
    return t2s.convert(PY.sub('', t))

def names_of(g):
    p = g.get('programs')
    out = []
    if isinstance(p, dict):
        for k in ('required', 'optional'):
            v = p.get(k) or []
            out += [x if isinstance(x, str) else x.get('name', '') for x in v]
    elif isinstance(p, list):
        out += [x if isinstance(x, str) else x.get('name', '') for x in p]
    return [norm(x) for x in out if x]

texts = {}
for f in glob.glob(f'{ROOT}/seeds/*.txt'):
    texts[f] = norm(clean_seed(open(f, encoding='utf-8').read()))
for f in glob.glob(f'{ROOT}/Tests/Fixtures/*/*.txt') + glob.glob(f'{ROOT}/Tests/Fixtures/*/clean/*.txt'):
    texts[f] = norm(t2s.convert(PY.sub('', open(f, encoding='utf-8').read())))
old = set()
for f in glob.glob(f'{ROOT}/Tests/Fixtures/*/*.gold.json') + glob.glob(f'{ROOT}/Tests/Fixtures/gold/*.json'):
    try:
        old.update(names_of(json.load(open(f, encoding='utf-8'))))
    except Exception as e:
        print('skip', f, e)

ALLOWED_TAILS = {'产业链党建联盟', '三服务活动'}
hits = 0
mine = {}
for n in NAMES:
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    mine[n] = names_of(g)
    src = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    mytext = norm(open(src, encoding='utf-8').read())
    for name in mine[n]:
        if name in old and name not in ALLOWED_TAILS:
            print(f'{n}: {name} equals an earlier gold name'); hits += 1
        for f, t in texts.items():
            if name in t and name not in ALLOWED_TAILS:
                print(f'{n}: {name} occurs in {os.path.relpath(f, ROOT)}'); hits += 1
    for o in old:
        if len(o) >= 3 and o in mytext and o not in ALLOWED_TAILS:
            print(f'{n}: earlier name {o} occurs in this text'); hits += 1
print('collisions:', hits)
