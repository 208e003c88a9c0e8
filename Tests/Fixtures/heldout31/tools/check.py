# Check every gold string of the thirty-first set against the clean texts (run from the set folder).
import json, re, os, sys
NAMES = ["xiaoyi", "yanchuan", "genhe", "heishan", "huadian"]
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = {'万': 10**4, '亿': 10**8}
bad = 0
def err(*a):
    global bad; bad += 1; print("ERR", *a)
allnames = {}
for n in NAMES:
    p = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    raw = open(p, encoding="utf-8").read()
    if raw.startswith('\ufeff') or '\r' in raw or '着' in raw: err(n, "BOM/CR/着")
    lines = [l for l in raw.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    # stray ASCII punctuation beyond decimals and times
    for i, l in enumerate(nonempty):
        s = re.sub(r'\d+\.\d+', '', l); s = re.sub(r'\d{1,2}:\d{2}', '', s)
        st = re.findall(r'[,;:?!()\[\]"\'.]', s)
        if st: err(n, "ascii punct", i, st, l[:30])
    g = json.load(open(f"{n}.gold.json", encoding="utf-8"))
    hc = len(HAN.findall(raw))
    if not 1400 <= hc <= 2000: err(n, "han count", hc)
    if g["title"] is not None and g["title"] != nonempty[0]: err(n, "title")
    idx = -1
    for h in g["headings"]:
        if h not in nonempty: err(n, "heading", h); continue
        j = nonempty.index(h)
        if j <= idx: err(n, "heading order", h)
        idx = j
    for a in g["authors"]:
        if a["name"] not in raw: err(n, "author", a)
        if a.get("position") and a["position"] not in raw: err(n, "position", a)
        if a["role"] not in ("记者", "首席记者", "通讯员", "编辑", "作者", "摄影"): err(n, "role", a)
    if g["outlet"] and g["outlet"] not in raw: err(n, "outlet")
    flat = re.sub(r'[“”‘’《》]', '', raw)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: err(n, "required count", len(req))
    for x in req + opt:
        if x not in flat: err(n, "program not in text", x)
        if x in allnames: err(n, "program shared with", allnames[x], x)
        allnames[x] = n
    for x in set(req) & set(opt): err(n, "both req and opt", x)
    for x in g["notPrograms"]:
        if "“" + x + "”" not in raw and "“" + x + "。”" not in raw: err(n, "notProgram not quoted", x)
        if x in req or x in opt: err(n, "notProgram is program", x)
    for f in g["figures"]:
        t = f["text"]
        if t not in raw: err(n, "figure text", t); continue
        v = f["value"]; u = f["unit"]
        def num_in(v, t):
            cands = [v]
            for k, m in CN.items():
                if u not in ("万元", "亿元"): cands.append((k, v / m))
            for c in cands:
                if isinstance(c, tuple):
                    k, c = c
                    s = ('%g' % c)
                    if re.search(re.escape(s) + r'(多|余)?' + k, t): return True
                else:
                    s = ('%g' % c)
                    if re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d.])', t): return True
            return False
        if not num_in(v, t): err(n, "figure value", v, t)
        if "upper" in f and not num_in(f["upper"], t): err(n, "figure upper", t)
        if u not in t: err(n, "figure unit", u, t)
        q = f.get("qualifier")
        if q and q not in t: err(n, "qualifier", q, t)
        if q and q not in ("多", "余", "近", "超过", "约", "以上"): err(n, "bad qualifier", q)
    print(n, "han", hc, "required", len(req), "optional", len(opt), "notPrograms", len(g["notPrograms"]), "figures", len(g["figures"]), "lines", len(nonempty))
print("errors", bad); sys.exit(1 if bad else 0)
