# Validate every gold string of the forty-first set against the clean texts.
import json, re, os, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['xunke', 'tiedong', 'xinbaerhuyouqi', 'erdaojiang', 'huocheng']
DIRTY = {'xinbaerhuyouqi'}
CHROME_BEFORE_TITLE = {'huocheng': 1}   # breadcrumb line above the title
norm = lambda s: re.sub('[“”‘’《》]', '', s)
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
allnames = {}
for n in NAMES:
    p = ('clean/' if n in DIRTY else '') + n + '.txt'
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, 'han count', hc)
    lines = [l for l in t.split('\n') if l.strip()]
    g = json.load(open(n + '.gold.json'))
    k = CHROME_BEFORE_TITLE.get(n, 0)
    if g['title'] is not None and lines[k] != g['title']: err(n, 'title', lines[k])
    # headings: whole lines, in order
    idx = -1
    for h in g['headings']:
        try: j = lines.index(h, idx + 1)
        except ValueError: err(n, 'heading', h); continue
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet', g['outlet'])
    nt = norm(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both req and opt', set(req) & set(opt))
    for x in req + opt:
        if norm(x) not in nt: err(n, 'program not in text', x)
        if x in allnames: err(n, 'program shared with', allnames[x], x)
        allnames[x] = n
    for x in g['notPrograms']:
        if '“' + x + '”' not in t and '“' + x + '。”' not in t: err(n, 'notProgram not quoted', x)
    # stray ASCII punctuation
    for i, l in enumerate(t.split('\n')):
        s = re.sub(r'\d+\.\d+', '', l); s = re.sub(r'\d\d:\d\d', '', s); s = re.sub(r'https?://\S+', '', s)
        m = re.findall(r'[,;:?!()\[\]"\']', s)
        if m: err(n, 'ascii punct line', i + 1, m)
    # figures
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        def fmt(x):
            x = round(x, 6)
            return str(int(x)) if x == int(x) else repr(x)
        cands = [fmt(v) + f['unit']]
        for mult, w in ((10000, '万'), (100000000, '亿')):
            if f['unit'] not in ('万元', '亿元'):
                cands.append(fmt(v / mult) + w)
                for q in ('多', '余'): cands.append(fmt(v / mult) + q + w)
        ok = any(re.search(re.escape(c) if c.endswith(('万', '亿')) else re.escape(fmt(v)) + '(多|余)?' + re.escape(f['unit']), tx) for c in cands)
        if not ok: err(n, 'figure value/unit', f)
        q = f.get('qualifier')
        if q and q not in tx: err(n, 'qualifier', f)
        if 'upper' in f and fmt(f['upper']) not in tx: err(n, 'upper', f)
        if f['unit'] == '%' and '同比增长' in tx and not f['subject'].endswith('同比增长'): err(n, 'yoy subject', f)
    print(n, 'han', hc, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad)
sys.exit(1 if bad else 0)
