import json, re, os, glob
D = '/work/pending/heldout9'
NAMES = ['jinzhai', 'shouguang', 'changting', 'huayuan', 'jinshui']
HAN = re.compile(r'[\u4e00-\u9fff]')
QUOTED = re.compile(r'[“「]([^”」]*)[”」]')
def fmt(x):
    s = ('%.6f' % x).rstrip('0').rstrip('.')
    return s
def strip(s): return re.sub(r'[“”「」‘’《》]', '', s)
errs = []
def E(*a): errs.append(' '.join(map(str, a)))
allnames = {}
for n in NAMES:
    src = f'{D}/clean/{n}.txt' if os.path.exists(f'{D}/clean/{n}.txt') else f'{D}/{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): E(n, 'BOM')
    if b'\r' in raw: E(n, 'CR')
    t = raw.decode('utf-8')
    g = json.load(open(f'{D}/{n}.gold.json', encoding='utf-8'))
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    # stray ASCII punctuation (allow in date/time lines and urls)
    for l in nonempty:
        for ch in ',;?!()':
            if ch in l: E(n, 'ascii punct', repr(ch), l[:30])
        if ':' in l and not re.search(r'\d\d:\d\d', l): E(n, 'ascii colon', l[:30])
    if '着' in t and n == 'huayuan': E(n, '着')
    # title
    if g['title'] is None:
        pass
    elif nonempty[0] != g['title']: E(n, 'title', nonempty[0])
    # headings
    idx = 0
    for h in g['headings']:
        try:
            idx = lines.index(h, idx) + 1
        except ValueError:
            E(n, 'heading not a line/in order', h)
    # authors/outlet
    for a in g['authors']:
        if a['name'] not in t: E(n, 'author', a['name'])
        if 'position' in a and a['position'] not in t: E(n, 'position', a['position'])
        if a['role'] not in ['记者', '首席记者', '通讯员', '编辑', '作者', '摄影']: E(n, 'role', a['role'])
    if g['outlet'] and g['outlet'] not in t: E(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs']['optional']
    if not 12 <= len(req) <= 18: E(n, 'required count', len(req))
    for p in req + opt:
        if p not in st and p not in t: E(n, 'program missing', p)
        if p in allnames: E(n, 'program shared with', allnames[p], p)
        allnames[p] = n
    if set(req) & set(opt): E(n, 'req&opt', set(req) & set(opt))
    quoted = set(q.rstrip('。') for q in QUOTED.findall(t))
    for q in g['notPrograms']:
        if q not in quoted: E(n, 'notProgram not quoted', q)
        if q in req + opt: E(n, 'notProgram also program', q)
    # figures
    if len(g['figures']) != 15: E(n, 'figure count', len(g['figures']))
    for f in g['figures']:
        tx = f['text']
        if tx not in t: E(n, 'figure text', tx); continue
        v = f['value']; u = f['unit']
        cands = [fmt(v)]
        if u not in ('万元', '亿元'):
            cands += [fmt(v / 10000) + '万', fmt(v / 10000) + '余万', fmt(v / 10000) + '多万',
                      fmt(v / 1e8) + '亿', fmt(v / 10000)+ '万' ]
        if not any(c in tx for c in cands): E(n, 'figure value', v, tx)
        if u not in tx: E(n, 'figure unit', u, tx)
        if f.get('qualifier') and f['qualifier'] not in tx: E(n, 'qualifier', tx)
        if f.get('qualifier') and f['qualifier'] not in ['多', '余', '近', '超过', '约', '以上']: E(n, 'bad qualifier', f['qualifier'])
        if 'upper' in f and fmt(f['upper']) not in tx: E(n, 'upper', tx)
        if len(tx) and tx.count(fmt(v)) == 0 and u in ('万元','亿元'): E(n, 'money value', tx)
    print(n, 'han', len(HAN.findall(t)), 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']))
# collisions with earlier fixtures
fx = '/work/main/Tests/Fixtures'
old = set()
for p in glob.glob(f'{fx}/*/*.gold.json') + glob.glob(f'{fx}/gold/*.json'):
    try: j = json.load(open(p, encoding='utf-8'))
    except Exception: continue
    pr = j.get('programs')
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            for x in pr.get(k, []) or []:
                old.add(strip(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False)))
    elif isinstance(pr, list):
        for x in pr: old.add(strip(x if isinstance(x, str) else x.get('name', '')))
print('earlier names', len(old))
for p, n in allnames.items():
    if strip(p) in old: E(n, 'COLLISION', p)
    for o in old:
        if len(o) >= 3 and (o in strip(p) or strip(p) in o) and o != strip(p):
            print('  note overlap', n, p, '<->', o)
# earlier names occurring in our texts
for n in NAMES:
    src = f'{D}/clean/{n}.txt' if os.path.exists(f'{D}/clean/{n}.txt') else f'{D}/{n}.txt'
    st = strip(open(src, encoding='utf-8').read())
    for o in old:
        if len(o) >= 3 and o in st: print('  earlier name in text', n, o)
print('\n'.join(errs) if errs else 'ALL CLEAN')
