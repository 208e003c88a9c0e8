# Confirm the names here are new. Reads earlier gold JSON and texts only to compare; prints collisions only.
import json, glob, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
ROOT = '/work/main'
NAMES = ['suining', 'zhili', 'fenghua', 'ganyu', 'huangyan']
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
def strip(s): return re.sub(r'[“”‘’《》「」『』]', '', s)

texts = {}
for p in glob.glob(f'{ROOT}/seeds/*.txt'):
    texts[p] = strip(t2s.convert(PY.sub('', open(p, encoding='utf-8').read())))
for p in glob.glob(f'{ROOT}/Tests/Fixtures/*/*.txt') + glob.glob(f'{ROOT}/Tests/Fixtures/*/clean/*.txt'):
    texts[p] = strip(t2s.convert(PY.sub('', open(p, encoding='utf-8').read())))
old = set()
for p in glob.glob(f'{ROOT}/Tests/Fixtures/*/*.gold.json') + glob.glob(f'{ROOT}/Tests/Fixtures/gold/*.json'):
    try:
        g = json.load(open(p, encoding='utf-8'))
    except Exception:
        continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k, []) or []:
                if isinstance(x, str): old.add(strip(x))
print('earlier texts', len(texts), 'earlier names', len(old))
n_coll = 0
mine_all = []
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    mine = g['programs']['required'] + g['programs'].get('optional', [])
    mine_all += mine
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mytext = strip(open(src, encoding='utf-8').read())
    for m in mine:
        if strip(m) in old: print('SAME NAME', n, m); n_coll += 1
        for p, t in texts.items():
            if strip(m) in t: print('IN TEXT', n, m, os.path.relpath(p, ROOT)); n_coll += 1
    for o in old:
        if len(o) >= 3 and o in mytext: print('OLD NAME IN MY TEXT', n, o); n_coll += 1
# places
for pl in ['睢宁', '织里', '吴兴', '奉化', '赣榆', '黄岩']:
    hits = [os.path.relpath(p, ROOT) for p, t in texts.items() if pl in t]
    if hits: print('PLACE', pl, hits); n_coll += 1
print('collisions', n_coll)
