# Check every gold string of heldout53 against the clean texts.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
NAMES = ['litang', 'fengjie', 'maqin', 'fugong', 'fuyun']
DIRTY = {'fengjie'}
CHROME = {'maqin': (3, 8), 'fugong': None, 'fuyun': None}
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = {'二十': 20}
def strip(s): return re.sub('[“”‘’《》]', '', s)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
allnames = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8'); lines = t.split('\n')
    if n in DIRTY and '着' in t: err(n, '着 in dirty source')
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, 'han count', hc)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] not in lines: err(n, 'title', g['title'])
    # headings: whole lines, in order
    idx = [lines.index(h) if h in lines else -1 for h in g['headings']]
    if -1 in idx or idx != sorted(idx): err(n, 'headings', idx)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    flat = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both req and opt')
    for p in req + opt:
        if p not in flat: err(n, 'program not in text', p)
        if p in allnames: err(n, 'name shared with', allnames[p], p)
        allnames[p] = n
    for p in g['notPrograms']:
        if not re.search('“' + re.escape(p) + '。?”', t): err(n, 'notProgram not quoted', p)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']; ok = False
        cands = [v]
        if f['unit'] not in ('万元', '亿元'):
            cands += [v / 10000, v / 1e8]
        for c in cands:
            s = ('%g' % c)
            for m in re.finditer(re.escape(s), tx):
                rest = tx[m.end():]
                if not (m.start() > 0 and (tx[m.start()-1].isdigit() or tx[m.start()-1] == '.')) and not rest[:1].isdigit() and rest[:1] != '.':
                    ok = True
        for k, cv in CN.items():
            if cv == v and k in tx: ok = True
        if not ok: err(n, 'value', v, tx)
        u = f['unit']
        if u not in tx and not (u in ('头', '名') and u in tx): err(n, 'unit', u, tx)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', tx)
        if 'upper' in f and ('%g' % f['upper']) not in tx: err(n, 'upper', tx)
    # stray ASCII punctuation in article body lines (chrome lines skipped)
    body = [l for l in lines if l and not any(x in l for x in ('|', 'English', 'QQ', '0971'))]
    for l in body:
        for m in re.finditer(r'[!-/:-@\[-`{-~]', l):
            c = m.group(); i = m.start()
            if c == '.' and i > 0 and l[i-1].isdigit(): continue
            if c == ':' and re.match(r'\d\d:\d\d', l[i-2:i+3]): continue
            if c == '-' and re.match(r'\d{4}-\d\d-\d\d', l[max(0,i-7):i+6]) or c == '-' and re.search(r'\d{4}-\d\d-\d\d', l): continue
            if c in '+%' : continue
            if c == '>' and l.startswith('当前位置'): continue
            err(n, 'ascii', repr(c), l[:30])
    print(n, 'han', hc, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
