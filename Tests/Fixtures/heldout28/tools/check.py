# Check every gold string against the clean text of its article.
import json, re, glob, os
NAMES = ['jiangyan', 'haian', 'yuhuan', 'jiande', 'pingyang']
HAN = re.compile(r'[\u4e00-\u9fff]')
MARKS = str.maketrans('', '', '“”‘’《》')
QUALS = {'多', '余', '近', '超过', '约', '以上'}
ok = True
def bad(*a):
    global ok; ok = False; print('  FAIL', *a)
def numstrs(v):
    out = set()
    for x in (v, v/10000, v/1e8):
        if x == int(x): out.add(str(int(x)))
        out.add(('%.4f' % x).rstrip('0').rstrip('.'))
    return out
seen = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: bad(n, 'BOM or CR')
    t = raw.decode('utf-8'); lines = t.split('\n')
    if '着' in t: bad(n, '着 in text')
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    han = len(HAN.findall(t))
    print(n, 'han', han, 'required', len(g['programs']['required']), 'optional', len(g['programs']['optional']),
          'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
    if not 1400 <= han <= 2000: bad(n, 'han count')
    first = next(l for l in lines if l.strip())
    if g['title'] is not None and g['title'] != first: bad(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines: bad(n, 'heading not a line', h); continue
        j = lines.index(h)
        if j <= idx: bad(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a['name'])
        if 'position' in a and a['position'] not in t: bad(n, 'position', a['position'])
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    plain = t.translate(MARKS)
    req, opt = g['programs']['required'], g['programs']['optional']
    if not 12 <= len(req) <= 18: bad(n, 'required count')
    for p in req + opt:
        if p not in plain: bad(n, 'program not in text', p)
        if p in seen: bad(n, 'program also in', seen[p], p)
        seen[p] = n
    if set(req) & set(opt): bad(n, 'required and optional overlap')
    for q in g['notPrograms']:
        if '“' + q + '”' not in t and '“' + q + '。”' not in t: bad(n, 'notProgram not quoted', q)
        if q in req or q in opt: bad(n, 'notProgram also a program', q)
    for f in g['figures']:
        s = f['text']
        if s not in t: bad(n, 'figure text', s); continue
        if f['unit'] not in s: bad(n, 'unit', s)
        if f.get('qualifier') and f['qualifier'] not in s: bad(n, 'qualifier', s)
        if f.get('qualifier') and f['qualifier'] not in QUALS: bad(n, 'qualifier kind', s)
        if not any(x in s for x in numstrs(f['value'])): bad(n, 'value', s)
        if 'upper' in f and not any(x in s for x in numstrs(f['upper'])): bad(n, 'upper', s)
    # stray ASCII punctuation beyond decimal points, metadata times and the + in formulas
    for l in lines:
        for m in re.finditer(r'[,.:;()?!\[\]]', l):
            c = m.group(); k = m.start()
            if c == '.' and k and l[k-1].isdigit(): continue
            if c == ':' and re.search(r'\d{2}:\d{2}', l[max(0, k-2):k+3]): continue
            bad(n, 'ascii punctuation', l[max(0, k-8):k+8])
print('ALL OK' if ok else 'PROBLEMS')
