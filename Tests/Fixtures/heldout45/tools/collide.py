# Confirm that the program names of this set are new. Reads earlier gold JSON, texts and seeds
# only to compare; prints only collisions.  Run from the set folder.
import glob, json, re, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
MARKS = re.compile(r'[“”‘’《》"]')
here = os.path.basename(os.getcwd())
mine = {}
for g in sorted(glob.glob('*.gold.json')):
    d = json.load(open(g, encoding='utf-8'))
    for k in ('required', 'optional'):
        for n in d['programs'].get(k, []):
            mine[n] = g
texts = {}
for g in glob.glob('*.txt') + glob.glob('clean/*.txt'):
    texts[g] = MARKS.sub('', open(g, encoding='utf-8').read())
earlier_names = set(); earlier_texts = []
for p in glob.glob(f'{FIX}/*/*.gold.json') + glob.glob(f'{FIX}/gold/*.json') + glob.glob(f'{FIX}/*/clean/*.gold.json'):
    try: d = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = d.get('programs', {})
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for n in pr.get(k, []) or []:
                if isinstance(n, str): earlier_names.add(MARKS.sub('', n))
for p in glob.glob(f'{FIX}/**/*.txt', recursive=True):
    earlier_texts.append(MARKS.sub('', open(p, encoding='utf-8', errors='replace').read()))
for p in glob.glob(f'{SEEDS}/*.txt'):
    s = open(p, encoding='utf-8', errors='replace').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s)
    earlier_texts.append(MARKS.sub('', t2s.convert(s)))
bad = 0
for n, g in mine.items():
    m = MARKS.sub('', n)
    if m in earlier_names:
        print('SAME NAME', n, g); bad += 1
    if any(m in t for t in earlier_texts):
        print('IN EARLIER TEXT', n, g); bad += 1
for n in sorted(earlier_names):
    if len(n) >= 3:
        for f, t in texts.items():
            if n in t:
                print('EARLIER NAME IN MY TEXT', n, f); bad += 1
print('names', len(mine), 'earlier names', len(earlier_names), 'texts', len(earlier_texts), 'collisions', bad)
