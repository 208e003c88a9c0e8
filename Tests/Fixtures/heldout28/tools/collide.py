# Confirm that this set's program names are new. Prints only this set's names and file names.
import json, glob, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
MARKS = str.maketrans('', '', '“”‘’《》"')
NAMES = ['jiangyan', 'haian', 'yuhuan', 'jiande', 'pingyang']
FX = '/work/main/Tests/Fixtures'
def norm(s): return t2s.convert(PY.sub('', s)).translate(MARKS)
texts = {}
for f in glob.glob('/work/main/seeds/*.txt') + glob.glob(FX + '/*/*.txt') + glob.glob(FX + '/*/clean/*.txt'):
    texts[os.path.relpath(f, '/work/main')] = norm(open(f, encoding='utf-8').read())
old = set()
for f in glob.glob(FX + '/*/*.json'):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    p = g.get('programs') if isinstance(g, dict) else None
    if isinstance(p, dict):
        for k in ('required', 'optional'):
            for x in p.get(k, []) or []:
                if isinstance(x, str): old.add(x.translate(MARKS))
            
mine = {}
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for x in g['programs']['required'] + g['programs']['optional']: mine[x] = n
problems = 0
for x, n in mine.items():
    hits = [k for k, t in texts.items() if x in t]
    if hits: problems += 1; print('name occurs in earlier text:', n, x, hits[:3])
    if x in old: problems += 1; print('name equals earlier gold name:', n, x)
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    t = open(src, encoding='utf-8').read().translate(MARKS)
    for x in sorted(old):
        if len(x) >= 3 and x in t: problems += 1; print('earlier name occurs in', n, ':', x)
print(len(texts), 'texts,', len(old), 'earlier names;', problems, 'problems')
