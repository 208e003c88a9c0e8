# Check every gold string against the clean text. Run from the batch folder.
import json, re, os, sys
NAMES = ['suining', 'zhili', 'fenghua', 'ganyu', 'huangyan']
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = {'亿': 10**8, '万': 10**4}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)

def strip(s): return re.sub(r'[“”‘’《》]', '', s)
seen = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): bad(n, 'BOM')
    if b'\r' in raw: bad(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: bad(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: bad(n, 'han', han)
    # stray ASCII punctuation beyond decimal points and clock times
    for m in re.finditer(r'[,;()?!"\']|:(?!\d)', t):
        bad(n, 'ascii punct', repr(t[max(0, m.start()-5):m.end()+5]))
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    lines = [l for l in t.split('\n') if l.strip()]
    if g['title'] is not None and g['title'] != lines[0]: bad(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines[idx+1:]: bad(n, 'heading', h); continue
        idx = lines.index(h, idx+1)
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a)
        if 'position' in a and a['position'] not in t: bad(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    flat = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: bad(n, 'required count', len(req))
    if set(req) & set(opt): bad(n, 'both', set(req) & set(opt))
    for p in req + opt:
        if p not in flat: bad(n, 'program', p)
        if p in seen: bad(n, 'shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(p) + '。?[”’]', t): bad(n, 'notProgram', p)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: bad(n, 'figure text', tx); continue
        v = f['value']
        cands = {repr(v), str(v)}
        if isinstance(v, float) and v.is_integer(): cands.add(str(int(v)))
        for ch, mul in CN.items():
            w = v / mul
            if w == int(w): cands.add(str(int(w)))
            cands.add(('%g' % w))
        num_ok = any(re.search(re.escape(c) + r'(多|余)?[万亿]?' , tx) for c in cands)
        if not num_ok: bad(n, 'figure value', f)
        if f['unit'] not in tx: bad(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in tx: bad(n, 'qualifier', f)
        if 'upper' in f and str(f['upper']) not in tx: bad(n, 'upper', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'not', len(g['notPrograms']), 'figures', len(g['figures']), 'headings', len(g['headings']))
print('ALL OK' if ok else 'FAILURES')
