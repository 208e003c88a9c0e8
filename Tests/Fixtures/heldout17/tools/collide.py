# Collision check: reads earlier texts and gold files under /work/main/Tests/Fixtures/*/ and the
# seeds ONLY to confirm that the names in this set are new. Prints collisions, never content.
import glob, json, os, re, sys
from opencc import OpenCC
sys.path.insert(0, os.path.dirname(__file__))
from programs import PROGRAMS
t2s = OpenCC('t2s')
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIX = '/work/main/Tests/Fixtures'
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+\)')
MARKS = str.maketrans('', '', '“”‘’《》"\'')

def norm(s):
    return t2s.convert(PY.sub('', s)).translate(MARKS)

old_texts = {}
for p in sorted(glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt') + glob.glob('/work/main/seeds/*.txt')):
    old_texts[p] = norm(open(p, encoding='utf-8').read())

old_names = set()
def collect(o, inprog=False):
    if isinstance(o, dict):
        for k, v in o.items():
            kk = k.lower()
            if kk in ('programs', 'required', 'optional', 'program', 'programs_required', 'programs_optional'):
                collect(v, True)
            elif inprog and kk in ('name',):
                collect(v, True)
            else:
                collect(v, inprog and kk not in ('notprograms',))
    elif isinstance(o, list):
        for x in o: collect(x, inprog)
    elif isinstance(o, str) and inprog:
        old_names.add(o.translate(MARKS))
golds = sorted(glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json') + glob.glob(FIX + '/*/*.json'))
golds = sorted(set(golds))
for p in golds:
    try:
        collect(json.load(open(p, encoding='utf-8')))
    except Exception as e:
        print('could not parse', p, e)
print(f'read {len(old_texts)} earlier texts, {len(golds)} gold files, {len(old_names)} earlier program names')

bad = 0
mine = {}
for f, d in PROGRAMS.items():
    for kind in ('required', 'optional'):
        for n in d[kind]:
            mine[n] = f
            for p, t in old_texts.items():
                if n in t:
                    print(f'COLLISION text: {f} {kind} {n!r} occurs in {os.path.relpath(p, "/work/main")}'); bad += 1
            if n in old_names:
                print(f'COLLISION gold: {f} {kind} {n!r} equals an earlier program name'); bad += 1

# earlier names (3+ chars) occurring in my texts
for f in PROGRAMS:
    p = os.path.join(HERE, 'clean', f + '.txt')
    if not os.path.exists(p): p = os.path.join(HERE, f + '.txt')
    t = norm(open(p, encoding='utf-8').read())
    hits = sorted(n for n in old_names if len(n) >= 3 and n in t)
    for n in hits:
        print(f'EARLIER NAME in {f}: {n!r}'); bad += 1

# places: are the county names of this set used as places in earlier texts? (report only counts)
for place in ['沂南', '罗田', '天台县', '洪雅', '柳江镇', '光山']:
    c = [os.path.relpath(p, '/work/main') for p, t in old_texts.items() if place in t]
    print(f'place {place}: in {len(c)} earlier texts', c[:5])
print('collisions:', bad)
