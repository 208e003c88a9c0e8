# Confirm the names here are new: not in the seeds, not in any text or gold under Tests/Fixtures.
# Reads the earlier files only programmatically; prints only collisions involving our names.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
NAMES = ["guanyun", "siyang", "songyang", "sanmen", "qingyuan"]
strip = lambda s: re.sub(r'[“”‘’《》"\s]', '', s)
def unpy(s): return t2s.convert(re.sub(r'\([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+\)', '', s))

ours = {}
mytexts = {}
for n in NAMES:
    g = json.load(open(os.path.join(ROOT, n + '.gold.json'), encoding='utf-8'))
    for s in g['programs']['required'] + g['programs'].get('optional', []):
        ours[strip(s)] = n
    p = os.path.join(ROOT, 'clean', n + '.txt')
    if not os.path.exists(p): p = os.path.join(ROOT, n + '.txt')
    mytexts[n] = strip(open(p, encoding='utf-8').read())

texts = []
for p in glob.glob(SEEDS + '/*.txt'):
    texts.append((p, strip(unpy(open(p, encoding='utf-8').read()))))
for p in glob.glob(FIX + '/**/*.txt', recursive=True):
    texts.append((p, strip(unpy(open(p, encoding='utf-8', errors='ignore').read()))))
earlier = set()
for p in glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for s in pr.get(k) or []:
                if isinstance(s, str): earlier.add(strip(s))
hits = 0
for s, n in sorted(ours.items()):
    for p, t in texts:
        if s in t:
            print('IN TEXT', n, s, '->', os.path.relpath(p, '/work/main')); hits += 1
    if s in earlier:
        print('EQUALS EARLIER NAME', n, s); hits += 1
for e in sorted(earlier):
    if len(e) >= 3:
        for n, t in mytexts.items():
            if e in t:
                print('EARLIER NAME IN OUR TEXT', n, e); hits += 1
print('earlier names', len(earlier), 'texts', len(texts), 'hits', hits)

# Consistency: our notPrograms must not be earlier program names, our names must not be earlier notPrograms.
earlier_not = set()
for p in glob.glob(FIX + '/*/*.gold.json') + glob.glob(FIX + '/gold/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    for s in g.get('notPrograms') or []:
        if isinstance(s, str): earlier_not.add(strip(s))
for n in NAMES:
    g = json.load(open(os.path.join(ROOT, n + '.gold.json'), encoding='utf-8'))
    for s in g['notPrograms']:
        if strip(s) in earlier: print('OUR NOTPROGRAM IS AN EARLIER PROGRAM', n, s)
    for s in g['programs']['required'] + g['programs'].get('optional', []):
        if strip(s) in earlier_not: print('OUR PROGRAM IS AN EARLIER NOTPROGRAM', n, s)
print('consistency check done')
