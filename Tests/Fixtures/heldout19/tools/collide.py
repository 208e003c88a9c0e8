# Confirm that the names of this set are new. Reads earlier texts and gold files only to
# compare names; prints only collisions (and counts for the place names).
import glob, json, os, re
from opencc import OpenCC

FIX = "/work/main/Tests/Fixtures"
SEEDS = "/work/main/seeds"
NAMES = ["xiangcheng", "beilun", "yongkang", "liangxi", "haiyan"]
PLACES = ["相城", "北仑", "永康", "梁溪", "海盐"]
t2s = OpenCC("t2s")
PY = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)")

def norm(s):
    s = PY.sub("", s)
    s = t2s.convert(s)
    return re.sub(r"[“”‘’《》\"]", "", s)

texts = {}
for p in sorted(glob.glob(f"{FIX}/*/*.txt") + glob.glob(f"{FIX}/*/clean/*.txt") + glob.glob(f"{SEEDS}/*.txt")):
    texts[p] = norm(open(p, encoding="utf-8", errors="replace").read())

def names_of(g):
    pr = g.get("programs", [])
    out = []
    if isinstance(pr, dict):
        for k in ("required", "optional"):
            out += [x if isinstance(x, str) else x.get("name", "") for x in pr.get(k, [])]
    else:
        out += [x if isinstance(x, str) else x.get("name", "") for x in pr]
    return [re.sub(r"[“”‘’《》]", "", n) for n in out if n]

earlier = set()
for p in glob.glob(f"{FIX}/*/*.gold.json") + glob.glob(f"{FIX}/gold/*.json"):
    try:
        earlier.update(names_of(json.load(open(p, encoding="utf-8"))))
    except Exception as e:
        print("could not read", p, e)
print(len(texts), "earlier texts,", len(earlier), "earlier names")

mine = {}
here = os.path.dirname(os.path.abspath(__file__)) + "/.."
for n in NAMES:
    g = json.load(open(f"{here}/{n}.gold.json", encoding="utf-8"))
    for x in g["programs"]["required"] + g["programs"].get("optional", []):
        mine[x] = n
my_texts = {}
for n in NAMES:
    p = f"{here}/clean/{n}.txt" if os.path.exists(f"{here}/clean/{n}.txt") else f"{here}/{n}.txt"
    my_texts[n] = re.sub(r"[“”‘’《》]", "", open(p, encoding="utf-8").read())

bad = 0
for x, n in mine.items():
    hits = [os.path.relpath(p, "/work/main") for p, t in texts.items() if x in t]
    if hits:
        bad += 1; print(f"[{n}] name occurs in earlier text: {x} -> {hits[:3]}")
    if x in earlier:
        bad += 1; print(f"[{n}] name equals an earlier gold name: {x}")
for e in sorted(earlier):
    if len(e) < 3:
        continue
    for n, t in my_texts.items():
        if e in t:
            bad += 1; print(f"[{n}] earlier name occurs here: {e}")
print("collisions:", bad)
for pl in PLACES:
    c = [os.path.relpath(p, "/work/main") for p, t in texts.items() if pl in t]
    print(f"place word {pl}: in {len(c)} earlier texts")
