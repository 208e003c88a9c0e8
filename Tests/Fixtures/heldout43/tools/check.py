# Check every gold string against the clean text (NAME.txt or clean/NAME.txt).
import json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
NAMES = ["guanyun", "siyang", "songyang", "sanmen", "qingyuan"]
HAN = re.compile(r'[\u4e00-\u9fff]')
strip = lambda s: re.sub(r'[“”‘’《》]', '', s)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
seen = {}
for n in NAMES:
    p = os.path.join(ROOT, 'clean', n + '.txt')
    if not os.path.exists(p): p = os.path.join(ROOT, n + '.txt')
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8'); lines = [l for l in t.split('\n') if l.strip()]
    if '着' in t: err(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    # stray ASCII punctuation (allow '.' in decimals and ':' in times)
    for m in re.finditer(r'[,;:?!()\[\]"\'.]', t):
        ctx = t[max(0, m.start()-2):m.end()+2]
        if m.group() == '.' and re.search(r'\d\.\d', ctx): continue
        if m.group() == ':' and re.search(r'\d:\d', ctx): continue
        err(n, 'ascii', repr(ctx))
    g = json.load(open(os.path.join(ROOT, n + '.gold.json'), encoding='utf-8'))
    ts = strip(t)
    if g['title'] is not None and g['title'] != lines[0]: err(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        i = lines.index(h)
        if i <= idx: err(n, 'heading order', h)
        idx = i
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for s in req + opt:
        if strip(s) not in ts: err(n, 'program not in text', s)
        if s in seen: err(n, 'program shared with', seen[s], s)
        seen[s] = n
    for s in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(s) + '。?[”’]', t): err(n, 'notProgram not quoted', s)
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        v = f['value']; cands = [v]
        if f['unit'] not in ('万元', '亿元'):
            if v >= 10000: cands.append(v / 10000)
            if v >= 10**8: cands.append(v / 10**8)
        def fmt(z): return ('%g' % z)
        ok = any(re.search(re.escape(fmt(c)) + r'(多|余)?(万|亿)?', x) for c in cands)
        if not ok: err(n, 'value', f)
        if f['unit'] not in x: err(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in x: err(n, 'qualifier', f)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'figures', len(g['figures']), 'headings', len(g['headings']))
print('errors', bad); sys.exit(1 if bad else 0)
