# Check every gold string of the forty-fifth set against the clean text. Run from the set folder.
import json, re, os, sys
NAMES = ['ruijin', 'wugong', 'wuyishan', 'liling', 'tiandong']
DIRTY = {'wugong'}
MARKS = re.compile(r'[“”‘’《》]')
HAN = re.compile(r'[\u4e00-\u9fff]')
ok = True
def err(*a):
    global ok; ok = False; print('ERROR', *a)
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    nh = len(HAN.findall(t))
    if not 1400 <= nh <= 2000: err(n, 'han count', nh)
    lines = [l for l in t.split('\n')]
    ne = [l for l in lines if l.strip()]
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    plain = MARKS.sub('', t)
    if g['title'] is not None and g['title'] != ne[0] and g['title'] != ne[1]:
        err(n, 'title not a leading line')
    # headings: whole lines in order
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading not a line', h); continue
        j = lines.index(h)
        if j <= idx: err(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a['name'])
        if a.get('position') and a['position'] not in t: err(n, 'position', a['position'])
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n, 'role', a['role'])
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    if g['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\d)?', g['date']): err(n, 'date form')
    req = g['programs']['required']; opt = g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both required and optional', set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, 'program not in text', p)
        if p in seen and seen[p] != n: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        q0 = q.rstrip('。')
        if not any(o + q0 + c in t for o, c in (('“', '”'), ('‘', '’'))): err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram also program', q)
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        if f['unit'] not in x: err(n, 'unit', x)
        if f.get('qualifier') and f['qualifier'] not in x: err(n, 'qualifier', x)
        v = f['value']
        def fmt(v):
            s = ('%f' % v).rstrip('0').rstrip('.')
            return s
        cands = [fmt(v)]
        if f['unit'] not in ('万元', '亿元'):
            cands += [fmt(v / 10000) + '万', fmt(v / 10000) + '余万', fmt(v / 10000) + '多万',
                      fmt(v / 1e8) + '亿']
        if not any(c in x for c in cands): err(n, 'value', v, x)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', x)
    # stray ASCII punctuation beyond decimals, times, dates and the breadcrumb
    body = re.sub(r'\d\.\d|\d\d:\d\d|\d{4}-\d\d-\d\d| > |\+', '', t)
    stray = re.findall(r'[,;:!?()\[\]"\'.]', body)
    if stray: err(n, 'ascii punctuation', stray[:10])
    print(n, 'han', nh, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']),
          'figures', len(g['figures']), 'headings', len(g['headings']))
print('OK' if ok else 'FAILED')
