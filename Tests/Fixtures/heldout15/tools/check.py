# Check every gold string of the fifteenth set against its clean text. Run from the set folder.
import json, re, os, sys

NAMES = ["shunde", "luanping", "danleng", "gongcheng", "yinan"]
DIRTY = {"yinan"}
HAN = re.compile(r"[\u4e00-\u9fff]")
QUALS = {"多", "余", "近", "超过", "约", "以上"}
ok = True

def bad(name, msg):
    global ok
    ok = False
    print("FAIL", name, msg)

def numstr(v):
    if isinstance(v, int) or float(v).is_integer():
        return str(int(v))
    return repr(float(v)).rstrip("0").rstrip(".")

def value_in(text, v):
    forms = [numstr(v)]
    pats = [re.escape(numstr(v))]
    for mult, ch in ((10**4, "万"), (10**8, "亿")):
        q = v / mult
        if abs(q * 10000 - round(q * 10000)) < 1e-6:
            pats.append(re.escape(numstr(round(q, 4))) + r"(多|余)?" + ch)
    for p in pats:
        # the number must not be part of a longer number
        tail = r"(?![\d.])" if p == pats[0] else ""
        if re.search(r"(?<![\d.])" + p + tail, text):
            return True
    return False

all_required = {}
for name in NAMES:
    path = f"clean/{name}.txt" if name in DIRTY else f"{name}.txt"
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"): bad(name, "BOM")
    if b"\r" in raw: bad(name, "CR")
    text = raw.decode("utf-8")
    if "着" in text: bad(name, "着 present")
    han = len(HAN.findall(text))
    if not 1400 <= han <= 2000: bad(name, f"Han count {han}")
    lines = text.split("\n")
    nonempty = [l for l in lines if l.strip()]
    # ASCII punctuation: allowed are '.' in decimals, ':' in times, '-' in ISO dates, '+' in formulas, '%' and '/' in 文/图
    for i, l in enumerate(lines):
        s = re.sub(r"\d+\.\d+", "", l)
        s = re.sub(r"\d{4}-\d{2}-\d{2}", "", s)
        s = re.sub(r"\d{2}:\d{2}", "", s)
        s = s.replace("文/图", "")
        for c in re.findall(r"[!-/:-@\[-`{-~]", s):
            if c not in "%+":
                bad(name, f"stray ASCII {c!r} in line {i+1}: {l[:30]}")
    g = json.load(open(f"{name}.gold.json", encoding="utf-8"))
    if g["title"] is not None and g["title"] != nonempty[0]:
        bad(name, "title is not the first non-empty line")
    if g["date"] is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?", g["date"]):
        bad(name, "date format")
    # headings: whole lines, in order
    pos = -1
    for h in g["headings"]:
        idx = [i for i, l in enumerate(lines) if l == h]
        if not idx: bad(name, f"heading not a line: {h}"); continue
        if idx[0] <= pos: bad(name, f"heading out of order: {h}")
        pos = idx[0]
    for a in g["authors"]:
        if a["name"] not in text: bad(name, f"author {a['name']}")
        if a["role"] not in {"记者", "首席记者", "通讯员", "编辑", "作者", "摄影"}: bad(name, f"role {a['role']}")
        if "position" in a and a["position"] not in text: bad(name, f"position {a['position']}")
    if g["outlet"] is not None and g["outlet"] not in text: bad(name, "outlet")
    plain = re.sub(r"[“”‘’《》]", "", text)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: bad(name, f"{len(req)} required")
    if set(req) & set(opt): bad(name, f"both required and optional: {set(req) & set(opt)}")
    if len(set(req)) != len(req) or len(set(opt)) != len(opt): bad(name, "duplicate program")
    for p in req + opt:
        if p not in plain: bad(name, f"program not in text: {p}")
        for other, names in all_required.items():
            if p in names: bad(name, f"program shared with {other}: {p}")
    all_required[name] = set(req + opt)
    for n in g["notPrograms"]:
        if f"“{n}”" not in text and f"“{n}。”" not in text:
            bad(name, f"notProgram not quoted in text: {n}")
        if n in req or n in opt: bad(name, f"notProgram also program: {n}")
    if not 14 <= len(g["figures"]) <= 16: bad(name, f"{len(g['figures'])} figures")
    for f in g["figures"]:
        t = f["text"]
        if t not in text: bad(name, f"figure text not found: {t}"); continue
        if not value_in(t, f["value"]): bad(name, f"value {f['value']} not in {t}")
        if "upper" in f and not value_in(t, f["upper"]): bad(name, f"upper not in {t}")
        if f["unit"] not in t: bad(name, f"unit {f['unit']} not in {t}")
        q = f.get("qualifier")
        if q is not None and (q not in QUALS or q not in t): bad(name, f"qualifier {q} in {t}")
        if q is None:
            for w in QUALS:
                if w in t:
                    print("note", name, f"span holds {w} but no qualifier is recorded: {t}")
    print(name, "Han", han, "required", len(req), "optional", len(opt), "notPrograms", len(g["notPrograms"]), "figures", len(g["figures"]))
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
