# Check every gold string against the clean texts of this set. Run from the set folder.
import json, re, os, sys
NAMES = ["wangjiang", "yongxiu", "tongshan", "anhua", "lixian"]
HAN = re.compile(r'[\u4e00-\u9fff]')
# lines that are page chrome or metadata and may hold ASCII punctuation
ASCII_OK = re.compile(r'^(.* \d\d:\d\d .*|2024-07-15 16:42|信息来源：.*\d\d:\d\d　点击数：|当前位置：首页 > .*|阅读 \(\d+\)|.*\|.*)$')
bad = 0
def err(*a):
    global bad; bad += 1; print("ERROR", *a)

def num_forms(v):
    out = set()
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    out.add(fmt(v))
    return out

all_req = {}
for n in NAMES:
    src = f"clean/{n}.txt" if os.path.exists(f"clean/{n}.txt") else f"{n}.txt"
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, "BOM")
    if b'\r' in raw: err(n, "CR")
    t = raw.decode('utf-8')
    if '着' in t: err(n, "着")
    lines = t.split('\n')
    han = len(HAN.findall(t))
    for l in lines:
        if re.search(r'[,;:?!()\[\]"\'<>|]', l) and not ASCII_OK.match(l):
            err(n, "ASCII punctuation in line:", l[:40])
    g = json.load(open(f"{n}.gold.json", encoding='utf-8'))
    nonempty = [l for l in lines if l.strip()]
    if g["title"] is None:
        pass
    elif g["title"] not in lines: err(n, "title not a line")
    # headings whole lines in order
    pos = -1
    for h in g["headings"]:
        try:
            i = lines.index(h, pos + 1)
        except ValueError:
            err(n, "heading missing or out of order", h); continue
        pos = i
    for a in g["authors"]:
        if a["name"] not in t: err(n, "author", a)
        if a.get("position") and a["position"] not in t: err(n, "position", a)
    if g["outlet"] and g["outlet"] not in t: err(n, "outlet", g["outlet"])
    plain = re.sub(r'[“”‘’《》]', '', t)
    req, opt = g["programs"]["required"], g["programs"].get("optional", [])
    if not 12 <= len(req) <= 18: err(n, "required count", len(req))
    if set(req) & set(opt): err(n, "both required and optional", set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, "program not in text", p)
        if p in all_req: err(n, "program shared with", all_req[p], p)
        all_req[p] = n
    for q in g["notPrograms"]:
        if f"“{q}”" not in t and f"“{q}。”" not in t: err(n, "notProgram not quoted", q)
    for f in g["figures"]:
        tx = f["text"]
        if tx not in t: err(n, "figure text", tx); continue
        v, u = f["value"], f["unit"]
        cands = num_forms(v)
        if u not in ('万元', '亿元'):
            if v >= 10000: cands |= {x + '万' for x in num_forms(v / 10000)}
        ok = any(c in tx for c in cands) or any(re.search(re.escape(c[:-1]) + r'(多|余)?万', tx) for c in cands if c.endswith('万'))
        if not ok: err(n, "figure value", v, tx)
        if "upper" in f and not num_forms(f["upper"]) & set(re.findall(r'[\d.]+', tx)): err(n, "upper", tx)
        if u not in tx: err(n, "unit", u, tx)
        if f.get("qualifier") and f["qualifier"] not in tx: err(n, "qualifier", tx)
        if f.get("qualifier") and f["qualifier"] not in ('多', '余', '近', '超过', '约', '以上'): err(n, "qualifier kind", f)
    print(f"{n}: {han} Han, {len(req)} required, {len(opt)} optional, {len(g['notPrograms'])} notPrograms, {len(g['figures'])} figures, {len(g['headings'])} headings")
print("errors:", bad)
sys.exit(1 if bad else 0)
