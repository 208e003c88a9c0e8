# Check every gold string of heldout50 against the clean texts. Run from the folder above tools/.
import json, re, glob, os
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = dict(zip('零一二两三四五六七八九十', [0,1,2,2,3,4,5,6,7,8,9,10]))
def clean_path(n):
    return f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
def strip(s): return re.sub('[“”‘’《》]', '', s)
def numforms(v, unit, text):
    outs = []
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    outs.append(fmt(v))
    if v >= 10000: outs.append(fmt(v/10000) + '万'); outs.append(fmt(v/10000))
    if v >= 1e8: outs.append(fmt(v/1e8) + '亿')
    return outs
seen = {}; ok = True
def err(*a):
    global ok; ok = False; print('ERROR', *a)
for gp in sorted(glob.glob('*.gold.json')):
    n = gp[:-10]; g = json.load(open(gp, encoding='utf-8'))
    raw = open(clean_path(n), encoding='utf-8').read()
    assert not raw.startswith('\ufeff') and '\r' not in raw and '着' not in raw, n
    lines = raw.split('\n'); plain = strip(raw)
    han = len(HAN.findall(raw))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    # stray ASCII punctuation
    for i, l in enumerate(lines):
        for m in re.finditer(r'[,;?!()\[\]"\']', l): err(n, 'ascii punct line', i, l[:30])
    # title
    if g['title'] is not None and g['title'] not in lines: err(n, 'title', g['title'])
    # headings in order, whole lines
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        j = lines.index(h)
        if j <= pos: err(n, 'heading order', h)
        pos = j
    for a in g['authors']:
        if a['name'] not in raw: err(n, 'author', a)
        if 'position' in a and a['position'] not in raw: err(n, 'position', a)
        assert a['role'] in ('记者','首席记者','通讯员','编辑','作者','摄影')
    if g['outlet'] and g['outlet'] not in raw: err(n, 'outlet')
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if strip(p) not in plain: err(n, 'program not in text', p)
        if p in seen: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not re.search('“' + re.escape(p) + '。?”', raw): err(n, 'notProgram not quoted', p)
    for f in g['figures']:
        t = f['text']
        if t not in raw: err(n, 'figure text', t); continue
        if not any(x in t for x in numforms(f['value'], f['unit'], t)): err(n, 'figure value', f)
        if 'upper' in f and str(f['upper']) not in t: err(n, 'upper', f)
        u = f['unit']
        if u not in t and not (u in ('个','名','人','人次','户','次','份','台') and ('万'+u) in t): err(n, 'unit', f)
        q = f.get('qualifier')
        if q and q not in t: err(n, 'qualifier', f)
        if q and q not in ('多','余','近','超过','约','以上'): err(n, 'bad qualifier', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'figures', len(g['figures']))
print('OK' if ok else 'FAILED')
