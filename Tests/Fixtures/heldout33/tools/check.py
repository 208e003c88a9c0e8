# Check every gold string against the clean text (NAME.txt or clean/NAME.txt).
import json, os, re, sys
NAMES = ['cangxi','qinglong','lancang','youyang','sanjiang']
HAN = re.compile(r'[\u4e00-\u9fff]')
def strip(s): return re.sub('[“”‘’《》]', '', s)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
seen = {}
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(p,'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n,'BOM/CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n,'着')
    lines = t.split('\n')
    nonempty = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n,'han',han)
    # stray ASCII punctuation: allow '.' between digits, ':' in times, '+' in formulas
    for i,l in enumerate(lines):
        for m in re.finditer(r'[!-/:-@\[-`{-~]', l):
            c = m.group(); s = l[max(0,m.start()-1):m.end()+1]
            if c == '.' and re.fullmatch(r'\d\.\d', s): continue
            if c == ':' and re.fullmatch(r'\d:\d', s): continue
            if c == '-' and re.fullmatch(r'\d-\d', s): continue
            if c == '+' : continue
            if c == '%' and re.match(r'\d%', s): continue
            err(n,'ascii',repr(c),'line',i+1)
    g = json.load(open(f'{n}.gold.json',encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(n,'title')
    pos = 0
    for h in g['headings']:
        try: pos = lines.index(h, pos) + 1
        except ValueError: err(n,'heading',h)
    for a in g['authors']:
        if a['name'] not in t: err(n,'author',a)
        if 'position' in a and a['position'] not in t: err(n,'position',a)
    if g['outlet'] and g['outlet'] not in t: err(n,'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional',[])
    if not 12 <= len(req) <= 18: err(n,'required count',len(req))
    if set(req) & set(opt): err(n,'req&opt', set(req)&set(opt))
    for x in req+opt:
        if x not in st: err(n,'program missing',x)
        if x in seen and seen[x] != n: err(n,'shared with',seen[x],x)
        seen[x] = n
    for x in g['notPrograms']:
        if '“'+x+'”' not in t and '“'+x+'。”' not in t: err(n,'notProgram not quoted',x)
        if x in req+opt: err(n,'notProgram also program',x)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n,'figure text',tx); continue
        v = f['value']
        def fmt(x):
            s = ('%f' % x).rstrip('0').rstrip('.'); return s
        cands = [fmt(v)]
        if f['unit'] not in ('万元','亿元'):
            cands += [fmt(v/10000)+'万', fmt(v/10000)+'多万', fmt(v/10000)+'余万', fmt(v/1e8)+'亿']
        if f.get('qualifier') == '近' and v == 10000: cands.append('近万')
        if not any(c in tx for c in cands): err(n,'value',v,tx)
        unit = f['unit']
        if unit not in tx and not (unit in ('%',) and '%' in tx): err(n,'unit',unit,tx)
        q = f.get('qualifier')
        if q and q not in tx: err(n,'qualifier',q,tx)
        if 'upper' in f and fmt(f['upper']) not in tx: err(n,'upper',tx)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
