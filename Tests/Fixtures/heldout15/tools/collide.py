# Confirm that the names of the fifteenth set are new. Reads the earlier gold files and texts under
# Tests/Fixtures/*/ and the seeds only to compare names; prints only collisions, never their text.
import glob, json, os, re, sys
from opencc import OpenCC

ROOT = "/work/main"
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ["shunde", "luanping", "danleng", "gongcheng", "yinan"]
DIRTY = {"yinan"}
t2s = OpenCC("t2s")
MARKS = re.compile(r"[“”‘’《》「」\"]")
PINYIN = re.compile(r"\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)")

def norm(s):
    return MARKS.sub("", t2s.convert(PINYIN.sub("", s)))

def program_strings(obj, inside=False):
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from program_strings(v, inside or k in ("programs", "required", "optional"))
    elif isinstance(obj, list):
        for v in obj:
            yield from program_strings(v, inside)
    elif isinstance(obj, str) and inside:
        yield obj

earlier_names = set()
for p in glob.glob(f"{ROOT}/Tests/Fixtures/**/*.json", recursive=True):
    if os.path.abspath(p).startswith(HERE): continue
    try:
        earlier_names |= {MARKS.sub("", s) for s in program_strings(json.load(open(p, encoding="utf-8")))}
    except Exception as e:
        print("skip", p, e)
texts = []
for p in glob.glob(f"{ROOT}/Tests/Fixtures/**/*.txt", recursive=True) + glob.glob(f"{ROOT}/seeds/*.txt"):
    if os.path.abspath(p).startswith(HERE): continue
    texts.append((os.path.relpath(p, ROOT), norm(open(p, encoding="utf-8", errors="replace").read())))
print(len(earlier_names), "earlier program names;", len(texts), "earlier texts")

ok = True
mine = {}
for n in NAMES:
    g = json.load(open(f"{HERE}/{n}.gold.json", encoding="utf-8"))
    mine[n] = g["programs"]["required"] + g["programs"].get("optional", [])
    src = open(f"{HERE}/clean/{n}.txt" if n in DIRTY else f"{HERE}/{n}.txt", encoding="utf-8").read()
    plain = MARKS.sub("", src)
    for p in mine[n]:
        if p in earlier_names:
            ok = False; print("EQUAL to an earlier name:", n, p)
        for rel, t in texts:
            if p in t:
                ok = False; print("OCCURS in earlier text:", n, p, rel)
    for e in sorted(earlier_names):
        if len(e) >= 3 and e in plain:
            print("earlier name occurs here:", n, e)
    county = g["region"]["county"]
    for rel, t in texts:
        if county and county in t:
            print("place named in an earlier text (info):", n, county, rel)
print("OK" if ok else "COLLISIONS")
