# Confirm that the program names of this set are new. Reads the seeds and the texts and gold
# files under Tests/Fixtures only to test for collisions; prints nothing but collisions.
import glob, json, os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
ROOT = '/work/main'
t2s = OpenCC('t2s')
NAMES = ['abaga', 'yumin', 'qilian', 'youyu', 'changhai']
DIRTY = {'yumin'}
strip = lambda s: re.sub('[“”‘’《》「」]', '', s)

mine = {}
texts = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = n
    texts[n] = strip(open(f'clean/{n}.txt' if n in DIRTY else f'{n}.txt', encoding='utf-8').read())

def unpinyin(s):
    return re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)

others = []  # (label, text)
for f in sorted(glob.glob(f'{ROOT}/seeds/*.txt')):
    others.append((os.path.relpath(f, ROOT), strip(t2s.convert(unpinyin(open(f, encoding='utf-8').read())))))
old_names = set()
def collect(o, acc, under=False):
    if isinstance(o, dict):
        for k, v in o.items():
            if 'not' in k.lower() or k in ('excluded', 'negative'):
                continue  # notPrograms may sit inside programs in some gold files
            collect(v, acc, under or k in ('programs', 'required', 'optional'))
    elif isinstance(o, list):
        for v in o: collect(v, acc, under)
    elif isinstance(o, str) and under:
        acc.add(strip(o))
for f in sorted(glob.glob(f'{ROOT}/Tests/Fixtures/**/*', recursive=True)):
    if not os.path.isfile(f): continue
    if f.endswith('.txt'):
        s = open(f, encoding='utf-8', errors='replace').read()
        others.append((os.path.relpath(f, ROOT), strip(t2s.convert(unpinyin(s)))))
    elif f.endswith('.json'):
        try:
            collect(json.load(open(f, encoding='utf-8')), old_names)
        except Exception:
            pass
print('read', len(others), 'texts and', len(old_names), 'earlier names')
hits = 0
for p, n in mine.items():
    for label, s in others:
        if p in s:
            print('NAME IN EARLIER TEXT', n, p, label); hits += 1
    if p in old_names:
        print('NAME EQUALS EARLIER NAME', n, p); hits += 1
for q in sorted(old_names):
    if len(q) < 3: continue
    for n, s in texts.items():
        if q in s:
            print('EARLIER NAME IN MY TEXT', n, q); hits += 1
print('collisions', hits)
