# Confirm that the names of the forty-fourth set are new (run from the set's folder).
# Reads earlier gold JSON and texts under Tests/Fixtures/*/ and the seeds only to compare strings.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
ROOT = '/work/main'
FIX = f'{ROOT}/Tests/Fixtures'
NAMES = ["yiyuan", "linquan", "changyuan", "xixia", "tancheng"]
def plain(s): return re.sub(r'[“”‘’《》]', '', s)
def depinyin(s): return re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)', '', s)

mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        mine[p] = n
mytexts = {}
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mytexts[n] = plain(open(p, encoding='utf-8').read())

texts = {}
for p in glob.glob(f'{ROOT}/seeds/*.txt'):
    texts[p] = plain(t2s.convert(depinyin(open(p, encoding='utf-8').read())))
earlier = set()
for p in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt'):
    if '/heldout44/' in p: continue
    texts[p] = plain(t2s.convert(depinyin(open(p, encoding='utf-8').read())))
for p in glob.glob(f'{FIX}/*/*.json') + glob.glob(f'{FIX}/gold/*.json'):
    if '/heldout44/' in p: continue
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    progs = g.get('programs') if isinstance(g, dict) else None
    if isinstance(progs, dict):
        for k in ('required', 'optional'):
            for x in progs.get(k, []) or []:
                if isinstance(x, str): earlier.add(plain(x))
            
bad = 0
for p, n in mine.items():
    if plain(p) in earlier:
        print('EQUALS earlier name:', n, p); bad += 1
    for tp, tx in texts.items():
        if plain(p) in tx:
            print('OCCURS in earlier text:', n, p, '->', os.path.relpath(tp, ROOT)); bad += 1
for e in earlier:
    if len(e) < 3: continue
    for n, tx in mytexts.items():
        if e in tx:
            print('EARLIER NAME in my text:', n, e); bad += 1
print('earlier names', len(earlier), 'texts', len(texts), 'problems', bad)
