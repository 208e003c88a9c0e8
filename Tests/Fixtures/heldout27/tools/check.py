# Check every gold string of the twenty-seventh set against the clean texts.
import json, re, os, sys
NAMES = ['changge', 'ningguo', 'pingjiang', 'dawu', 'yongxin']
CN = {'零':0,'一':1,'二':2,'两':2,'三':3,'四':4,'五':5,'六':6,'七':7,'八':8,'九':9,'十':10}
bad = 0
def err(*a):
    global bad; bad += 1; print('ERR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
def numforms(v):
    out = set()
    for x in (v, v/10000, v/1e8):
        if x == int(x): out.add(str(int(x)))
        out.add(('%.4f' % x).rstrip('0').rstrip('.'))
    return out
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(path, encoding='utf-8').read()
    if raw.startswith('\ufeff') or '\r' in raw or '着' in raw: err(n, 'BOM/CR/着')
    lines = [l for l in raw.split('\n')]
    han = len(re.findall(r'[\u4e00-\u9fff]', raw))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    # stray ASCII punctuation beyond decimals and times
    for m in re.finditer(r'[,;:?!()\[\]"\']', raw):
        ctx = raw[max(0, m.start()-3):m.end()+3]
        if not (m.group() == ':' and re.search(r'\d:\d', ctx)): err(n, 'ascii', ctx)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    nonempty = [l for l in lines if l.strip()]
    if g['title'] is not None and g['title'] != nonempty[0]: err(n, 'title')
    idx = [nonempty.index(h) if h in nonempty else -1 for h in g['headings']]
    if -1 in idx or idx != sorted(idx): err(n, 'headings', idx)
    for a in g['authors']:
        if a['name'] not in raw: err(n, 'author', a)
        if 'position' in a and a['position'] not in raw: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in raw: err(n, 'outlet')
    plain = strip(raw)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if p not in plain: err(n, 'program missing', p)
        if p in seen: err(n, 'shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        if not (('“' + q + '”') in raw or ('‘' + q + '’') in raw or ('“' + q + '。”') in raw): err(n, 'notProgram not quoted', q)
    if len(g['figures']) != 15: err(n, 'figures', len(g['figures']))
    for f in g['figures']:
        t = f['text']
        if t not in raw: err(n, 'fig text', t); continue
        ok = any(re.search(re.escape(s) + r'(多|余)?(万|亿)?', t) for s in numforms(f['value']))
        if not ok: err(n, 'fig value', f)
        if 'upper' in f and str(f['upper']) not in t: err(n, 'upper', f)
        u = f['unit']
        if u not in t: err(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in t: err(n, 'qual', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad)
sys.exit(1 if bad else 0)
