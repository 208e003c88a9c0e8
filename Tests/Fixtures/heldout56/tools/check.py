# Check every gold string against the clean text. Run from the batch folder.
import json, re, os, sys
NAMES = ['wuan', 'wenxian', 'guangrao', 'tongzhou', 'gaoping']
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = str.maketrans('', '', '“”‘’《》')
errs = []
def err(*a): errs.append(' '.join(map(str, a)))
allnames = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = [l for l in t.split('\n')]
    ne = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    # stray ASCII punctuation outside metadata/chrome lines
    for l in ne:
        s = re.sub(r'\d+\.\d+|\d{1,2}:\d{2}|https?://\S+|[A-Za-z0-9 ]', '', l)
        if re.search(r'[,.;:?!()\[\]"\']', s): err(n, 'ascii punct', l[:40])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] not in ne: err(n, 'title not a line')
    # headings whole lines in order
    idx = [ne.index(h) if h in ne else -1 for h in g['headings']]
    if -1 in idx or idx != sorted(idx): err(n, 'headings', idx)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    flat = t.translate(CN)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if p.translate(CN) not in flat: err(n, 'program missing', p)
        if p in allnames: err(n, 'shared with', allnames[p], p)
        allnames[p] = n
    for q in g['notPrograms']:
        if not any(f'{a}{q}{b}' in t or f'{a}{q}。{b}' in t for a, b in [('“', '”'), ('‘', '’')]):
            err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram is program', q)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        cands = [v]
        if v >= 10000: cands += [v / 10000]
        if v >= 1e8: cands += [v / 1e8]
        def fmt(x):
            return ('%f' % x).rstrip('0').rstrip('.')
        ok = any(fmt(c) in tx for c in cands)
        if not ok: err(n, 'figure value', v, tx)
        if 'upper' in f and fmt(f['upper']) not in tx: err(n, 'upper', tx)
        if f['unit'] not in tx: err(n, 'unit', tx)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', tx)
    if len(g['figures']) != 15: err(n, 'figures', len(g['figures']))
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('\n'.join(errs) or 'all OK')
sys.exit(1 if errs else 0)
