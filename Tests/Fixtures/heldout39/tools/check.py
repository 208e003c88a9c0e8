# Check every gold string of the thirty-ninth set against the clean texts.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['dongxing', 'huli', 'taishan', 'yazhou', 'huanjiang']
DIRTY = {'huanjiang'}
CN = {'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)

def numstr(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s

def fig_ok(f, text):
    t = f['text']
    if t not in text: return 'text not in article'
    if f['unit'] not in t: return 'unit not in text'
    q = f.get('qualifier')
    if q and q not in t: return 'qualifier not in text'
    v = f['value']; cands = [numstr(v)]
    for mul, ch in ((10000, '万'), (100000000, '亿')):
        if f['unit'].startswith(ch): continue
        if v % 1 == 0 or True:
            w = v / mul
            if w >= 0.01: cands.append(numstr(round(w, 6)) + '(多|余)?' + ch)
    if v == 10000: cands.append('近万')
    if not any(re.search(c, t) for c in cands): return 'value not in text %s' % cands
    if 'upper' in f and numstr(f['upper']) not in t: return 'upper not in text'
    return None

allnames = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    text = raw.decode('utf-8')
    if '着' in text: err(n, '着')
    han = len(re.findall(r'[\u4e00-\u9fff]', text))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    lines = text.split('\n')
    for i, l in enumerate(lines):
        s = re.sub(r'\d+\.\d+', '', l)
        s = re.sub(r'\d{1,2}:\d{2}', '', s)
        s = re.sub(r'\d{4}-\d{2}-\d{2}', '', s)
        s = s.replace('+', '')
        m = re.findall(r'[!-$&-/:-@\[-`{-~]', s)
        if m: err(n, 'ascii punct line', i + 1, m)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    first = next(l for l in lines if l.strip())
    if g['title'] is not None and g['title'] != first: err(n, 'title')
    pos = 0; nonempty = [l for l in lines]
    for h in g['headings']:
        try:
            k = nonempty.index(h, pos); pos = k + 1
        except ValueError: err(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in text: err(n, 'author', a)
        if 'position' in a and a['position'] not in text: err(n, 'position', a)
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in text: err(n, 'outlet')
    if g['date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?', g['date']): err(n, 'date')
    plain = re.sub('[“”‘’《》]', '', text)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both req and opt', set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, 'program not in text', p)
        if p in allnames: err(n, 'program shared with', allnames[p], p)
        allnames[p] = n
    for p in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(p) + '[。？]?[”’]', text): err(n, 'notProgram not quoted', p)
        if p in req + opt: err(n, 'notProgram also program', p)
    figs = g['figures']
    for f in figs:
        r = fig_ok(f, text)
        if r: err(n, 'figure', f['text'], r)
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(n, 'qualifier', f)
    print(f'{n}: han {han}, required {len(req)}, optional {len(opt)}, notPrograms {len(g["notPrograms"])}, figures {len(figs)}, headings {len(g["headings"])}')
print('errors', bad)
sys.exit(1 if bad else 0)
