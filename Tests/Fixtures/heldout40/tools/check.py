# Check every gold string against the clean text. Run from the set's folder.
import json, re, os, sys
NAMES = ['hongan', 'xiushui', 'wuxiang', 'fuping', 'chaling']
DIRTY = {'xiushui'}
HAN = re.compile(r'[\u4e00-\u9fff]')
QUAL = {'多', '余', '近', '超过', '约', '以上'}
def strip(s): return re.sub('[“”‘’《》]', '', s)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = [l for l in t.split('\n') if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    # stray ASCII punctuation (allow '.' in numbers, ':' in times, '|' '+' '-' in metadata/formula)
    for i, l in enumerate(lines):
        for m in re.finditer(r'[,;:!?()\[\]"\'|+\-]', l):
            c = m.group()
            ctx = l[max(0, m.start()-3):m.end()+3]
            if c == ':' and re.match(r'\d:\d', l[m.start()-1:m.end()+1]): continue
            if c == '|' and i == 1: continue
            if c == '-' and re.match(r'\d-\d', l[m.start()-1:m.end()+1]): continue
            if c == '+' and '积分+信贷' in ctx + l[m.start()-3:m.end()+3]: continue
            err(n, 'ascii', repr(c), ctx)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    st = strip(t)
    # title
    if g['title'] is not None and g['title'] not in lines: err(n, 'title')
    if n != 'wuxiang' and g['title'] != lines[0]: err(n, 'title not first line')
    # headings in order, whole lines
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        j = lines.index(h)
        if j <= idx: err(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if strip(p) not in st: err(n, 'program', p)
        if p in seen and seen[p] != n: err(n, 'shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if ('“' + p + '”') not in t and ('“' + p + '。”') not in t and ('《' + p + '》') not in t:
            err(n, 'notProgram not quoted', p)
    if len(g['figures']) < 12: err(n, 'few figures')
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        def fmt(x):
            x = round(x, 6)
            return str(int(x)) if x == int(x) else str(x)
        cands = [fmt(v)]
        if v >= 10000: cands.append(fmt(v / 10000) + '万')
        if v >= 1e8: cands.append(fmt(v / 1e8) + '亿')
        ok = any(re.search(re.escape(c.rstrip('万亿')) + r'(多|余)?' + (re.escape(c[-1]) if c[-1] in '万亿' else '') , tx) for c in cands)
        if not ok: err(n, 'figure value', v, tx)
        if f['unit'] not in tx: err(n, 'figure unit', f['unit'], tx)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', tx)
        if f.get('qualifier') and f['qualifier'] not in QUAL: err(n, 'bad qualifier', tx)
        if f.get('upper') is not None and fmt(f['upper']) not in tx: err(n, 'upper', tx)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
