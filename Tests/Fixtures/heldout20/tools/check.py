# Check every gold string of the twentieth set against the clean texts (run from the set folder).
import json, os, re, sys
NAMES = ["jianghan", "lixia", "tianhe", "siming", "tianxin"]
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

def numstr(v):
    s = repr(float(v)).rstrip('0').rstrip('.') if isinstance(v, float) else str(v)
    return s

def value_in(text, v, unit):
    cands = [numstr(v)]
    for mult, ch in ((10**4, '万'), (10**8, '亿')):
        if v >= mult and not unit.startswith(ch):
            x = v / mult
            x = int(x) if x == int(x) else round(x, 4)
            cands.append(numstr(x) + ch)
            cands += [numstr(x) + q + ch for q in '多余']
    cands += {'近万': ['万'] }.get('', [])
    return any(c in text for c in cands)

seen = {}
for n in NAMES:
    path = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, "BOM")
    if b'\r' in raw: err(n, "CR")
    t = raw.decode('utf-8')
    if '着' in t: err(n, "着")
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, "han count", han)
    # stray ASCII punctuation: allow '.' between digits, ':' and '-' in metadata lines, '+' in formulas
    for i, l in enumerate(nonempty):
        for m in re.finditer(r'[!-/:-@\[-`{-~]', l):
            c = m.group(); ctx = l[max(0, m.start()-1):m.end()+1]
            if c == '.' and re.match(r'\d\.\d', ctx): continue
            if c in ':-' and i < 3 and re.search(r'\d[:-]\d', ctx): continue
            if c == '+': continue
            if c == '%' and re.match(r'\d%', ctx): continue
            err(n, "ascii punct", repr(c), l[:30])
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    if g["title"] != (nonempty[0] if g["title"] is not None else g["title"]): err(n, "title")
    pos = 0
    for h in g["headings"]:
        try:
            pos = lines.index(h, pos) + 1
        except ValueError:
            err(n, "heading", h)
    for a in g["authors"]:
        if a["name"] not in t: err(n, "author", a)
        if a.get("position") and a["position"] not in t: err(n, "position", a)
        if a["role"] not in ("记者", "首席记者", "通讯员", "编辑", "作者", "摄影"): err(n, "role", a)
    if g["outlet"] and g["outlet"] not in t: err(n, "outlet")
    plain = re.sub(r'[“”‘’《》]', '', t)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: err(n, "required count", len(req))
    if set(req) & set(opt): err(n, "both", set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, "program missing", p)
        if p in seen: err(n, "shared with", seen[p], p)
        seen[p] = n
    for q in g["notPrograms"]:
        if f"“{q}”" not in t and f"“{q}。”" not in t: err(n, "notProgram not quoted", q)
    if len(g["figures"]) != 15: err(n, "figure count", len(g["figures"]))
    for f in g["figures"]:
        tx = f["text"]
        if tx not in t: err(n, "figure text", tx)
        if not value_in(tx, f["value"], f["unit"]): err(n, "figure value", f)
        if "upper" in f and numstr(f["upper"]) not in tx: err(n, "upper", f)
        if f["unit"] not in tx: err(n, "unit", f)
        if f.get("qualifier") and f["qualifier"] not in tx: err(n, "qualifier", f)
        if f.get("qualifier") and f["qualifier"] not in ("多", "余", "近", "超过", "约", "以上"): err(n, "qualifier kind", f)
    print(f"{n}: han {han}, required {len(req)}, optional {len(opt)}, notPrograms {len(g['notPrograms'])}, figures {len(g['figures'])}, headings {len(g['headings'])}")
print("OK" if not bad else f"{bad} errors")
sys.exit(1 if bad else 0)
