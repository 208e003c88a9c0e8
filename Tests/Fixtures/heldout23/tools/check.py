# Check every gold string of the twenty-third set against the clean text. Run from the batch folder.
import json, os, re
MINE = ['luanchuan', 'fucheng', 'gaotai', 'beiliu', 'kuandian']
MARKS = re.compile('[“”‘’《》]')
HAN = re.compile(r'[\u4e00-\u9fff]')
QUAL = {'多', '余', '近', '超过', '约', '以上'}
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)

def numstr(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s

def value_ok(text, v, unit):
    cands = [numstr(v)]
    if v >= 10000: cands.append(numstr(v / 10000) + '万')
    if v >= 10**8: cands.append(numstr(v / 10**8) + '亿')
    for c in cands:
        core = c[:-1] if c[-1] in '万亿' else c
        mult = c[-1] if c[-1] in '万亿' else ''
        pat = re.escape(core) + '[多余]?' + re.escape(mult)
        if re.search(r'(?<![\d.])' + pat, text): return True
    return False

seen = {}
for n in MINE:
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'Han count', han)
    lines = t.split('\n')
    stray = re.sub(r'(?<=\d)%|\d+\.\d+|\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\+', '', t)
    for c in set(re.findall(r'[!-/:-@\[-`{-~]', stray)):
        err(n, 'stray ASCII punctuation', repr(c))
    nonempty = [l for l in lines if l.strip()]
    if g['title'] is not None and nonempty[0] != g['title']: err(n, 'title')
    pos = 0
    for h in g['headings']:
        try: pos = lines.index(h, pos) + 1
        except ValueError: err(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a['name'])
        if a.get('position') and a['position'] not in t: err(n, 'position', a['position'])
        if a['role'] not in {'记者', '首席记者', '通讯员', '编辑', '作者', '摄影'}: err(n, 'role', a['role'])
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    if g['date']:
        d = g['date']; y, m, dd = d[:4], d[5:7], d[8:10]
        forms = [d[:10], f'{y}年{m}月{dd}日', f'{y}年{int(m)}月{int(dd)}日']
        if not any(f in t for f in forms): err(n, 'date', d)
        if 'T' in d and d[11:] not in t: err(n, 'time', d)
    plain = MARKS.sub('', t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both required and optional', set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, 'program not in text', p)
        if p in seen: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        if not any(o + q + c in t for o, c in (('“', '”'), ('‘', '’'), ('“', '。”'))):
            err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram also program', q)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        if not value_ok(tx, f['value'], f['unit']): err(n, 'figure value', tx, f['value'])
        if 'upper' in f and not value_ok(tx, f['upper'], f['unit']): err(n, 'figure upper', tx)
        if f['unit'] not in tx: err(n, 'figure unit', tx, f['unit'])
        q = f.get('qualifier')
        if q and (q not in QUAL or q not in tx): err(n, 'qualifier', tx, q)
    print(n, 'Han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']),
          'figures', len(g['figures']), 'headings', len(g['headings']))
print('errors:', bad)
