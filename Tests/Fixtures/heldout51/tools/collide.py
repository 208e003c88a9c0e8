# Confirm the names here are new: not in seeds (pinyin removed, t2s), not in any text or gold under
# Tests/Fixtures/*/, and no earlier required/optional name (3+ chars) occurs in these texts.
# Prints only the colliding names of this set, never earlier content.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
FIX = '/work/main/Tests/Fixtures'
NAMES = ['jianhu', 'ruian', 'zhangdian', 'yiyang', 'jingxian']
def strip(s): return re.sub('[“”‘’《》「」]', '', s)
texts = []
for p in glob.glob('/work/main/seeds/*.txt'):
    s = open(p, encoding='utf-8', errors='replace').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    texts.append(strip(t2s.convert(s)))
earlier = set()
for p in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    texts.append(strip(open(p, encoding='utf-8', errors='replace').read()))
for p in glob.glob(FIX + '/*/*.json'):
    try: g = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') if isinstance(g, dict) else None
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k) or []:
                if isinstance(x, str): earlier.add(strip(x))
                elif isinstance(x, dict) and 'name' in x: earlier.add(strip(x['name']))
big = '\n'.join(texts)
mine = {n: strip(open(f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt', encoding='utf-8').read()) for n in NAMES}
bad = 0
for n in NAMES:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    for p in g['programs']['required'] + g['programs'].get('optional', []):
        if p in earlier: print('EQUALS EARLIER NAME', n, p); bad += 1
        elif p in big: print('OCCURS IN EARLIER TEXT', n, p); bad += 1
for e in earlier:
    if len(e) >= 3:
        for n, t in mine.items():
            if e in t: print('EARLIER NAME IN TEXT', n, e); bad += 1
print('earlier names', len(earlier), 'collisions', bad)
