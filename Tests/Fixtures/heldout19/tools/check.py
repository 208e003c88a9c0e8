# Check every gold string of this set against its clean text (run from the set folder).
import json, os, re, sys

NAMES = ["xiangcheng", "beilun", "yongkang", "liangxi", "haiyan"]
HAN = re.compile(r"[\u4e00-\u9fff]")
errors = []

def err(name, msg):
    errors.append(f"{name}: {msg}")

def num_forms(v):
    """Ways a value may be written in the text."""
    forms = set()
    def fmt(x):
        s = ("%.6f" % x).rstrip("0").rstrip(".")
        return s
    forms.add((fmt(v), ""))
    if v >= 10000:
        forms.add((fmt(v / 10000), "万"))
    if v >= 10 ** 8:
        forms.add((fmt(v / 10 ** 8), "亿"))
    return forms

def value_in(text, v, unit):
    for s, mult in num_forms(v):
        if mult:
            if re.search(re.escape(s) + r"(多|余)?" + mult, text):
                return True
        else:
            if re.search(r"(?<![\d.])" + re.escape(s) + r"(?![\d.])", text):
                return True
    return False

seen = {}
for name in NAMES:
    path = f"clean/{name}.txt" if os.path.exists(f"clean/{name}.txt") else f"{name}.txt"
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err(name, "BOM")
    if b"\r" in raw:
        err(name, "CR")
    text = raw.decode("utf-8")
    if "着" in text:
        err(name, "contains 着")
    han = len(HAN.findall(text))
    if not 1400 <= han <= 2000:
        err(name, f"Han count {han}")
    stray = set(re.findall(r"[,;()?!\"'\[\]{}<>]", text))
    if stray:
        err(name, f"stray ASCII punctuation {stray}")
    for m in re.finditer(r"[:]", text):
        ctx = text[m.start() - 2: m.end() + 2]
        if not re.fullmatch(r"\d\d:\d\d", ctx):
            err(name, f"ASCII colon outside a time: {ctx!r}")
    lines = [l for l in text.split("\n") if l.strip()]
    g = json.load(open(f"{name}.gold.json", encoding="utf-8"))
    if g["title"] is not None and lines[0] != g["title"]:
        err(name, "title is not the first line")
    # headings: whole lines in order
    pos = 0
    for h in g["headings"]:
        try:
            pos = lines.index(h, pos) + 1
        except ValueError:
            err(name, f"heading not a line (in order): {h}")
    for a in g["authors"]:
        if a["name"] not in text:
            err(name, f"author {a['name']}")
        if "position" in a and a["position"] not in text:
            err(name, f"position {a['position']}")
    if g["outlet"] and g["outlet"] not in text:
        err(name, f"outlet {g['outlet']}")
    stripped = re.sub(r"[“”‘’《》]", "", text)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18:
        err(name, f"{len(req)} required names")
    for p in req + opt:
        if p not in stripped:
            err(name, f"program not in text: {p}")
        if p in seen and seen[p] != name:
            err(name, f"program shared with {seen[p]}: {p}")
        seen[p] = name
    if set(req) & set(opt):
        err(name, f"both required and optional: {set(req) & set(opt)}")
    for n in g["notPrograms"]:
        if not re.search("“" + re.escape(n) + "。?”", text):
            err(name, f"notProgram not quoted in text: {n}")
        if n in req or n in opt:
            err(name, f"notProgram also a program: {n}")
    for f in g["figures"]:
        t = f["text"]
        if t not in text:
            err(name, f"figure text not in text: {t}")
        if not value_in(t, f["value"], f["unit"]):
            err(name, f"value {f['value']} not in {t}")
        if "upper" in f and not value_in(t, f["upper"], f["unit"]):
            err(name, f"upper {f['upper']} not in {t}")
        if f["unit"] not in t:
            err(name, f"unit {f['unit']} not in {t}")
        q = f.get("qualifier")
        if q and q not in t:
            err(name, f"qualifier {q} not in {t}")
        if q and q not in ("多", "余", "近", "超过", "约", "以上"):
            err(name, f"bad qualifier {q}")
    print(f"{name}: {han} Han, {len(lines)} non-empty lines, {len(req)} required, "
          f"{len(opt)} optional, {len(g['notPrograms'])} notPrograms, {len(g['figures'])} figures")

print("\n".join(errors) if errors else "all checks passed")
sys.exit(1 if errors else 0)
