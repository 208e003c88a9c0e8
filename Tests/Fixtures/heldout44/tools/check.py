# Check every gold string of the forty-fourth set against its clean text (run from the set's folder).
import json, os, re, sys
NAMES = ["yiyuan", "linquan", "changyuan", "xixia", "tancheng"]
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)
def strip_marks(s): return re.sub(r'[“”‘’《》]', '', s)
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
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, "han count", hc)
    # stray ASCII punctuation outside metadata time/date strings and decimals
    body = re.sub(r'\d{4}-\d{2}-\d{2} \d{2}:\d{2}', '', t)
    body = re.sub(r'(?<=\d)\.(?=\d)', '', body)
    stray = [c for c in re.findall(r'[!-/:-@\[-`{-~]', body) if c not in '%+']
    if stray: err(n, "stray ascii", set(stray))
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    if g["title"] is not None and g["title"] != nonempty[0]: err(n, "title")
    hs = g["headings"]; idx = 0
    for h in hs:
        try: idx = lines.index(h, idx) + 1
        except ValueError: err(n, "heading not a line in order", h)
    for a in g["authors"]:
        if a["name"] not in t: err(n, "author", a)
        if "position" in a and a["position"] not in t: err(n, "position", a)
    if g["outlet"] and g["outlet"] not in t: err(n, "outlet", g["outlet"])
    plain = strip_marks(t)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: err(n, "required count", len(req))
    if set(req) & set(opt): err(n, "both req and opt", set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, "program not in text", p)
        if p in seen: err(n, "shared with", seen[p], p)
        seen[p] = n
    for q in g["notPrograms"]:
        if not re.search('[“‘]' + re.escape(q) + '。?[”’]', t): err(n, "notProgram not quoted", q)
    for f in g["figures"]:
        tx = f["text"]
        if tx not in t: err(n, "figure text", tx); continue
        v = f["value"]
        def fmt(x):
            s = ('%f' % x).rstrip('0').rstrip('.')
            return s
        cands = [fmt(v)]
        if f["unit"] not in ("万元", "亿元"):
            cands += [fmt(v / 10000) + '万', fmt(v / 10000) + '多万', fmt(v / 10000) + '余万']
        if not any(c in tx for c in cands): err(n, "value", v, tx)
        if "upper" in f and fmt(f["upper"]) not in tx: err(n, "upper", tx)
        if f["unit"] not in tx: err(n, "unit", f["unit"], tx)
        if f.get("qualifier") and f["qualifier"] not in tx: err(n, "qualifier", tx)
    print(n, "han", hc, "required", len(req), "optional", len(opt), "figures", len(g["figures"]))
print("errors:", bad); sys.exit(1 if bad else 0)
