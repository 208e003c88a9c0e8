# Check every gold string of the forty-ninth set against the clean text.
import json, re, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
NAMES = ['libo', 'yuanyang', 'gulang', 'wushen', 'bama']
HAN = re.compile(r'[\u4e00-\u9fff]')
CN = {'零':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)
allnames = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: bad(n, 'BOM/CR')
    t = raw.decode('utf-8')
    if '着' in t: bad(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: bad(n, 'han', han)
    # stray ASCII punctuation (allowed: decimal points, '-' and ':' and '|' in metadata lines, '+' in formulas)
    for i, line in enumerate(t.split('\n')):
        s = re.sub(r'\d+\.\d+', '', line)
        s = re.sub(r'\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?', '', s)
        s = re.sub(r'\d{2}:\d{2}', '', s)
        s = s.replace(' | ', '').replace('+', '').replace('%', '')
        m = re.findall(r'[!-/:-@\[-`{-~]', s)
        if m: bad(n, 'ascii punct line', i+1, m)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    if g['title'] is not None and nonempty[0] != g['title']: bad(n, 'title')
    pos = 0
    for h in g['headings']:
        try: pos = lines.index(h, pos) + 1
        except ValueError: bad(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a)
        if 'position' in a and a['position'] not in t: bad(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    d = g['date']
    if d:
        y, mo, dd = d[:10].split('-')
        if not (d[:10] in t or f'{y}年{mo}月{dd}日' in t): bad(n, 'date', d)
        if 'T' in d and d[11:] not in t: bad(n, 'time', d)
    plain = re.sub('[“”‘’《》]', '', t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: bad(n, 'required count', len(req))
    if set(req) & set(opt): bad(n, 'req&opt')
    for p in req + opt:
        if p not in plain: bad(n, 'program', p)
        if p in allnames: bad(n, 'shared with', allnames[p], p)
        allnames[p] = n
    for p in g['notPrograms']:
        if '“' + p + '”' not in t and '“' + p + '。”' not in t: bad(n, 'notProgram', p)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: bad(n, 'figure text', tx); continue
        v = f['value']; u = f['unit']
        if u not in tx: bad(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in tx: bad(n, 'qual', f)
        def fmt(x):
            return ('%f' % x).rstrip('0').rstrip('.')
        cands = [fmt(v)]
        if u not in ('万元', '亿元'):
            cands += [fmt(v / 1e4) + '万', fmt(v / 1e4) + '余万', fmt(v / 1e4) + '多万', fmt(v/1e8)+'亿']
        if not any(c in tx for c in cands): bad(n, 'value', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('OK' if ok else 'FAILED')
