# Check every gold string of the twenty-ninth set against the clean texts.
import json, re, os, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
NAMES = ['yuexiu', 'gulou', 'qingxiu', 'zhifu', 'qiaoxi']
DIRTY = {'gulou'}
HAN = re.compile(r'[\u4e00-\u9fff]')
strip = lambda s: re.sub('[“”‘’《》]', '', s)
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: bad(n, 'BOM/CR')
    t = raw.decode('utf-8'); plain = strip(t)
    lines = [l for l in t.split('\n') if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: bad(n, 'han', han)
    if n in DIRTY and '着' in t: bad(n, '着')
    asc = re.sub(r'\d\.\d|\d\d:\d\d|https?://\S+|[A-Za-z]', '', t)
    for c in ',.:;()?!"\'': 
        if c in asc: bad(n, 'ascii punct', c)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != lines[0]: bad(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines: bad(n, 'heading', h); continue
        j = lines.index(h)
        if j <= idx: bad(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a)
        if 'position' in a and a['position'] not in t: bad(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: bad(n, 'required count', len(req))
    if set(req) & set(opt): bad(n, 'both', set(req) & set(opt))
    for p in req + opt:
        if strip(p) not in plain: bad(n, 'program', p)
        if p in seen and seen[p] != n: bad(n, 'shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not re.search('“' + re.escape(p) + '。?”', t): bad(n, 'notProgram', p)
    for f in g['figures']:
        s = f['text']
        if s not in t: bad(n, 'figure text', s); continue
        v = f['value']
        cands = {repr(v).rstrip('0').rstrip('.') if isinstance(v, float) else str(v)}
        for div, mark in ((10000, '万'), (10**8, '亿')):
            w = v / div
            ws = ('%g' % w)
            cands.add(ws + mark)
        if not any(c in s or re.sub(r'(万|亿)$', r'(多|余)?\1', c) and re.search(re.sub(r'(万|亿)$', r'(多|余)?\1', re.escape(c)), s) for c in cands):
            bad(n, 'figure value', f)
        unit = f['unit']
        if unit not in s and not (unit in ('%',) and '%' in s): bad(n, 'figure unit', f)
        if f.get('qualifier') and f['qualifier'] not in s: bad(n, 'qualifier', f)
    print(n, 'han', han, 'req', len(req), 'opt', len(opt), 'not', len(g['notPrograms']), 'fig', len(g['figures']), 'headings', len(g['headings']))
print('OK' if ok else 'FAILED'); sys.exit(0 if ok else 1)
