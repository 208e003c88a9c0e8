# Confirm the names here are new: not in seeds or earlier texts, not equal to earlier gold names,
# and no earlier required/optional name of 3+ characters occurs in these texts.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
NAMES = ["wencheng", "gaochun", "panan", "lanxi", "peixian"]
def norm(s): return re.sub(r'[“”‘’《》]', '', s)
def depinyin(s): return re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', s)
earlier_texts = []
for p in glob.glob('/work/main/seeds/*.txt'):
    earlier_texts.append((p, norm(t2s.convert(depinyin(open(p, encoding='utf-8').read())))))
for p in glob.glob(FIX + '/**/*.txt', recursive=True):
    earlier_texts.append((p, norm(t2s.convert(depinyin(open(p, encoding='utf-8').read())))))
earlier_names = set()
def collect(o):
    if isinstance(o, dict):
        pr = o.get('programs')
        if isinstance(pr, dict):
            for k in ('required', 'optional'):
                for x in pr.get(k, []) or []:
                    if isinstance(x, str): earlier_names.add(norm(x))
                    elif isinstance(x, dict) and 'name' in x: earlier_names.add(norm(x['name']))
        elif isinstance(pr, list):
            for x in pr:
                if isinstance(x, str): earlier_names.add(norm(x))
                elif isinstance(x, dict) and 'name' in x: earlier_names.add(norm(x['name']))
        for v in o.values(): collect(v)
    elif isinstance(o, list):
        for v in o: collect(v)
for p in glob.glob(FIX + '/**/*.json', recursive=True):
    try: collect(json.load(open(p, encoding='utf-8')))
    except Exception as e: print('skip', p, e)
print('earlier texts', len(earlier_texts), 'earlier names', len(earlier_names))
hits = 0
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mine = norm(open(src, encoding='utf-8').read())
    for name in g['programs']['required'] + g['programs'].get('optional', []):
        if name in earlier_names: print('EQUAL', n, name); hits += 1
        for p, t in earlier_texts:
            if name in t: print('IN TEXT', n, name, p); hits += 1
    for e in earlier_names:
        if len(e) >= 3 and e in mine: print('EARLIER NAME IN MY TEXT', n, e); hits += 1
print('hits', hits)
