# Confirm that the names of the twentieth set are new. Reads earlier gold files, texts and seeds
# only through this script, and prints collisions only.
import glob, json, os, re
from opencc import OpenCC
t2s = OpenCC('t2s')
FIX = "/work/main/Tests/Fixtures"
SEEDS = "/work/main/seeds"
NAMES = ["jianghan", "lixia", "tianhe", "siming", "tianxin"]
strip = lambda s: re.sub(r'[“”‘’《》"]', '', s)

def load_text(p, seed=False):
    s = open(p, encoding='utf-8', errors='replace').read()
    if seed:
        s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)', '', s)
        s = t2s.convert(s)
    return strip(s)

old_texts = {}
for p in glob.glob(f"{FIX}/*/*.txt") + glob.glob(f"{FIX}/*/clean/*.txt"):
    old_texts[p] = load_text(p)
for p in glob.glob(f"{SEEDS}/*.txt"):
    old_texts[p] = load_text(p, seed=True)

def names_of(g):
    pr = g.get("programs", {})
    out = []
    if isinstance(pr, dict):
        for k in ("required", "optional"):
            out += pr.get(k, []) or []
    elif isinstance(pr, list):
        out += [x if isinstance(x, str) else x.get("name", "") for x in pr]
    return [strip(x) for x in out if x]

old_names, old_counties = set(), set()
for p in glob.glob(f"{FIX}/*/*.gold.json") + glob.glob(f"{FIX}/gold/*.json"):
    try:
        g = json.load(open(p, encoding='utf-8'))
    except Exception as e:
        print("unreadable", p, e); continue
    old_names.update(names_of(g))
    r = g.get("region") or {}
    if r.get("county"): old_counties.add(r["county"])

hits = 0
mine = {}
for n in NAMES:
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    mine[n] = g
    if g["region"]["county"] in old_counties:
        print("COUNTY used before:", n, g["region"]["county"]); hits += 1
    for name in names_of(g):
        if name in old_names:
            print("NAME equals earlier gold name:", n, name); hits += 1
        for p, s in old_texts.items():
            if name in s:
                print("NAME occurs in earlier text:", n, name, os.path.relpath(p, "/work/main")); hits += 1
for n in NAMES:
    p = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    s = strip(open(p, encoding='utf-8').read())
    for name in sorted(old_names):
        if len(name) >= 3 and name in s:
            print("earlier name occurs in", n + ":", name); hits += 1
for n, g in mine.items():
    for q in g["notPrograms"]:
        if strip(q) in old_names:
            print("notProgram listed as a program earlier:", n, q); hits += 1
print("earlier names:", len(old_names), "earlier texts:", len(old_texts), "collisions:", hits)
