# Check every gold string of the eighteenth set against its clean text (run from the set's folder).
import json, re, os
NAMES = ['lishu', 'guyuan', 'meitan', 'nanfeng', 'keshan']
DIRTY = {'meitan'}
HAN = re.compile(r'[\u4e00-\u9fff]')
QUAL = {'多', '余', '近', '超过', '约', '以上'}
ok = True
def err(*a):
    global ok; ok = False; print('ERROR', *a)

def numstr(v):
    s = repr(float(v)) if isinstance(v, float) else str(v)
    return s[:-2] if s.endswith('.0') else s

seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, 'han count', hc)
    lines = t.split('\n')
    nonempty = [l for l in lines if l.strip()]
    # stray ASCII punctuation, allowing decimals, times, ISO dates, +, e in names
    for i, l in enumerate(lines):
        for m in re.finditer(r'[,.:;?!()\[\]"\']', l):
            c = m.group(); a = l[m.start()-1:m.start()]; b = l[m.end():m.end()+1]
            if c in '.:' and a.isdigit() and b.isdigit(): continue
            err(n, 'ascii punct', repr(c), 'line', i+1)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(n, 'title')
    pos = 0
    for h in g['headings']:
        try:
            j = lines.index(h, pos); pos = j + 1
        except ValueError:
            err(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    bare = re.sub(r'[“”‘’《》]', '', t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both', set(req) & set(opt))
    for p in req + opt:
        if p not in bare: err(n, 'program not in text', p)
        if p in seen: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not any(q in t for q in ['“' + p + '”', '‘' + p + '’', '“' + p + '。”']): err(n, 'notProgram not quoted', p)
        if p in req or p in opt: err(n, 'notProgram also program', p)
    if len(g['figures']) != 15: err(n, 'figures', len(g['figures']))
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']; u = f['unit']
        cands = [numstr(v)]
        for mul, ch in [(10000, '万'), (100000000, '亿')]:
            if u in ('万元', '亿元'): break
            w = v / mul
            cands.append(numstr(round(w, 6)) + '[多余]?' + ch)
        if not any(re.search(re.escape(c).replace(re.escape('[多余]?'), '[多余]?') if '[' not in c else c.replace('.', r'\.'), tx) for c in cands):
            err(n, 'figure value', v, tx)
        if u not in tx: err(n, 'unit', u, tx)
        q = f.get('qualifier')
        if q and (q not in QUAL or q not in tx): err(n, 'qualifier', q, tx)
        if 'upper' in f and numstr(f['upper']) not in tx: err(n, 'upper', tx)
    print(n, 'han', hc, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('OK' if ok else 'FAILED')
