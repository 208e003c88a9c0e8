# Check every gold string against the clean text (run from the batch folder).
import json, re, os, sys
NAMES = ["wencheng", "gaochun", "panan", "lanxi", "peixian"]
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print("ERR", *a)
seen = {}
for n in NAMES:
    p = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, "BOM/CR")
    t = raw.decode('utf-8')
    if '着' in t: err(n, "着")
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, "han", hc)
    lines = t.split('\n')
    # stray ascii punctuation
    for i, l in enumerate(lines):
        s = re.sub(r'\d\.\d', '', l); s = re.sub(r'\d{2}:\d{2}', '', s)
        if re.search(r'[,.:;?!()"\']', s): err(n, "ascii punct line", i+1, l[:30])
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    nonempty = [l for l in lines if l.strip()]
    if g["title"] is not None and nonempty[0] != g["title"]: err(n, "title")
    # headings whole lines in order
    idx = 0
    for h in g["headings"]:
        try: idx = lines.index(h, idx) + 1
        except ValueError: err(n, "heading", h)
    for a in g["authors"]:
        if a["name"] not in t: err(n, "author", a)
        if a.get("position") and a["position"] not in t: err(n, "position", a)
    if g["outlet"] and g["outlet"] not in t: err(n, "outlet")
    for k in ("province", "city", "county"):
        v = g["region"][k]
        if v and k != "province" and v not in t and v[:-1] not in t: err(n, "region", v)
    plain = re.sub(r'[“”‘’《》]', '', t)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: err(n, "required count", len(req))
    if set(req) & set(opt): err(n, "req/opt overlap")
    for p_ in req + opt:
        if p_ not in plain: err(n, "program not in text", p_)
        if p_ in seen: err(n, "shared with", seen[p_], p_)
        seen[p_] = n
    for q in g["notPrograms"]:
        if f"“{q}”" not in t and f"“{q}。”" not in t: err(n, "notProgram not quoted", q)
    if len(g["figures"]) != 15: err(n, "figures count", len(g["figures"]))
    for f in g["figures"]:
        tx = f["text"]
        if tx not in t: err(n, "figure text", tx); continue
        if f["unit"] not in tx: err(n, "unit", tx)
        if f.get("qualifier") and f["qualifier"] not in tx: err(n, "qual", tx)
        v = f["value"]
        def fmt(x): return ('%g' % x)
        cands = [fmt(v)]
        if f["unit"] not in ("万元", "亿元"):
            cands += [fmt(v/10000) + '万', fmt(v/10000) + '余万', fmt(v/10000) + '多万', fmt(v/1e8) + '亿']
        if not any(c in tx for c in cands): err(n, "value", v, tx)
    print(n, "han", hc, "required", len(req), "optional", len(opt), "not", len(g["notPrograms"]), "figures", len(g["figures"]))
print("errors", bad)
