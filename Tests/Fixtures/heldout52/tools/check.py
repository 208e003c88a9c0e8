# Check every gold string of heldout52 against its clean text. Run from the batch folder.
import json, re, os, sys
NAMES = ['gushi','honghu','lingao','jiaoling','miluo']
# chrome lines (site furniture) where ASCII punctuation is allowed
CHROME_OK = {'lingao': ['|', '>'], 'jiaoling': ['#'], 'miluo': []}
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
def numforms(v):
    out = set()
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    out.add(fmt(v))
    out.add(fmt(v/10000) + '万'); out.add(fmt(v/1e8) + '亿')
    return out
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, 'han count', hc)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    # title: first non-empty line, or a whole line for files with page chrome above it
    if g['title'] is not None:
        if n in ('lingao', 'miluo'):
            if g['title'] not in lines: err(n, 'title not a line')
        elif g['title'] != nonempty[0]: err(n, 'title not first line')
    # headings whole lines in order
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading missing', h); continue
        i = lines.index(h)
        if i <= idx: err(n, 'heading order', h)
        idx = i
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
        if a['role'] not in ('记者','首席记者','通讯员','编辑','作者','摄影'): err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    if g['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\d)?', g['date']): err(n, 'date')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req/opt overlap')
    if len(set(req)) != len(req): err(n, 'dup')
    for p in req + opt:
        if strip(p) not in st: err(n, 'program missing', p)
        if p in seen: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not any(q in t for q in ('“'+p+'”', '“'+p+'。”', '‘'+p+'’')): err(n, 'notProgram not quoted', p)
        if p in req + opt: err(n, 'notProgram also program', p)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        ok = False
        for s in numforms(v):
            for mid in ('', '多', '余'):
                pat = s[:-1] + mid + s[-1] if s[-1] in '万亿' and mid else s
                if pat in tx: ok = True
        if f['unit'] in ('万元','亿元') and ('%g' % v) in tx: ok = True
        if not ok: err(n, 'figure value', v, tx)
        if f['unit'] not in tx: err(n, 'unit', f)
        q = f.get('qualifier')
        if q and q not in tx: err(n, 'qualifier', f)
        if q and q not in ('多','余','近','超过','约','以上'): err(n, 'qualifier kind', f)
    # stray ASCII punctuation outside chrome
    for l in lines:
        s = re.sub(r'\d\.\d', '', l)
        s = re.sub(r'\d\d:\d\d', '', s)
        s = re.sub(r'https?://\S+', '', s)
        s = re.sub(r'\d{4}-\d\d-\d\d', '', s)
        s = s.replace('%', '').replace('+', '')  # percentages and formulas are ordinary text
        ap = re.findall(r'[!-/:-@\[-`{-~]', s)
        if ap and not any(c in CHROME_OK.get(n, []) for c in ap):
            err(n, 'ascii punct', ap, l[:30])
    print(n, 'han', hc, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
