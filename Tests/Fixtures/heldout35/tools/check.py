# Check every gold string of the thirty-fifth set against its clean text.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['wenchang', 'kaiping', 'rucheng', 'nankang', 'dongshan']
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
seen = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM/CR')
    t = raw.decode('utf-8'); lines = [l for l in t.split('\n') if l.strip()]
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    if os.path.exists(f'clean/{n}.txt') and '着' in t: err(n, '着 in dirty source')
    # stray ASCII punctuation
    for i, l in enumerate(lines):
        s = re.sub(r'\d\.\d', '', l); s = re.sub(r'\d\d:\d\d', '', s); s = re.sub(r'\d{4}-\d\d-\d\d', '', s)
        s = re.sub(r'[A-Za-z%+]', '', s).replace(' ', '')
        m = re.findall(r'[!-/:-@\[-`{-~]', s)
        if m: err(n, 'ascii punct', m, l[:30])
    # title
    if g['title'] is not None and g['title'] != lines[0]: err(n, 'title')
    # headings whole lines in order
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        k = lines.index(h)
        if k <= pos: err(n, 'heading order', h)
        pos = k
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if strip(p) not in st: err(n, 'program', p)
        if p in seen and seen[p] != n: err(n, 'shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not any(q in t for q in ['“'+p+'”', '“'+p+'。”', '‘'+p+'’']): err(n, 'notProgram not quoted', p)
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        v = f['value']
        def fmt(v):
            s = ('%f' % v).rstrip('0').rstrip('.'); return s
        cands = [fmt(v)]
        if f['unit'] not in ('万元', '亿元'):
            cands += [fmt(v / 10000) + q + '万' for q in ('', '多', '余')] + [fmt(v / 1e8) + '亿']
        if not any(c in x for c in cands): err(n, 'figure value', f)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', f)
        if f['unit'] not in x: err(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in x: err(n, 'qualifier', f)
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(n, 'qual kind', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
