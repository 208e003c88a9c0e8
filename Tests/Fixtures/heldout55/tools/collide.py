# Confirm that this set's program names are new. Reads earlier texts and gold files only to
# test collisions and prints nothing but the colliding strings. Run from the set folder.
import json, re, glob, os
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/main/seeds'
NAMES = ["wangjiang", "yongxiu", "tongshan", "anhua", "lixian"]
strip = lambda s: re.sub(r'[“”‘’《》"\s]', '', s)

mine = {}
for n in NAMES:
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    for p in g["programs"]["required"] + g["programs"].get("optional", []):
        mine[p] = n
my_texts = {}
for n in NAMES:
    src = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    my_texts[n] = strip(open(src, encoding='utf-8').read())

texts = []
for f in glob.glob(FIX + '/**/*.txt', recursive=True):
    s = open(f, encoding='utf-8', errors='ignore').read()
    s = t2s.convert(re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
    texts.append(strip(s))
for f in glob.glob(SEEDS + '/*.txt'):
    s = open(f, encoding='utf-8', errors='ignore').read()
    s = t2s.convert(re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
    texts.append(strip(s))

earlier = set()
def walk(o, inprog=False):
    if isinstance(o, dict):
        for k, v in o.items():
            if 'not' in k.lower(): continue
            walk(v, inprog or k in ("programs", "required", "optional"))
    elif isinstance(o, list):
        for v in o: walk(v, inprog)
    elif isinstance(o, str) and inprog:
        earlier.add(strip(o))
for f in glob.glob(FIX + '/**/*.json', recursive=True):
    try: walk(json.load(open(f, encoding='utf-8')))
    except Exception: pass

hits = 0
for p, n in mine.items():
    sp = strip(p)
    if sp in earlier: print("EQUALS earlier gold name:", n, p); hits += 1
    if any(sp in t for t in texts): print("OCCURS in earlier text:", n, p); hits += 1
for e in sorted(earlier):
    if len(e) >= 3:
        for n, t in my_texts.items():
            if e in t: print("earlier name occurs here:", n, e); hits += 1
print(len(mine), "names checked against", len(texts), "texts and", len(earlier), "earlier names;", hits, "hits")
