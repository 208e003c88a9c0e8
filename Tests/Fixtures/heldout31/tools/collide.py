# Confirm the names of the thirty-first set are new: reads earlier gold JSON and texts under
# Tests/Fixtures/*/ and the seeds only to compare, and prints only collisions.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'; SEEDS = '/work/main/seeds'
NAMES = ["xiaoyi", "yanchuan", "genhe", "heishan", "huadian"]
def norm(s): return re.sub(r'[“”‘’《》]', '', s)
def unpin(s): return t2s.convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)', '', s))
old_texts = []
for p in glob.glob(f'{FIX}/*/*.txt') + glob.glob(f'{FIX}/*/clean/*.txt'):
    old_texts.append((p, norm(unpin(open(p, encoding='utf-8').read()))))
for p in glob.glob(f'{SEEDS}/*.txt'):
    old_texts.append((p, norm(unpin(open(p, encoding='utf-8').read()))))
old_names, old_counties = {}, set()
for p in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for x in (pr.get('required') or []) + (pr.get('optional') or []):
            if isinstance(x, str): old_names[norm(x)] = p
    r = g.get('region') or {}
    if isinstance(r, dict) and r.get('county'): old_counties.add(r['county'])
hits = 0
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    text = norm(open(p, encoding='utf-8').read())
    if g['region']['county'] in old_counties: hits += 1; print('COUNTY USED', n, g['region']['county'])
    for x in g['programs']['required'] + g['programs'].get('optional', []):
        x = norm(x)
        if x in old_names: hits += 1; print('NAME EQUALS EARLIER', n, x, old_names[x])
        for op, ot in old_texts:
            if x in ot: hits += 1; print('NAME IN EARLIER TEXT', n, x, os.path.relpath(op, '/work/main'))
    for y, yp in old_names.items():
        if len(y) >= 3 and y in text: hits += 1; print('EARLIER NAME IN TEXT', n, y, os.path.relpath(yp, '/work/main'))
print('collisions', hits)
