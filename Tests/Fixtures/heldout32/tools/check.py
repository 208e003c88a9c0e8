# Check every gold string of the thirty-second set against the clean text.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['linan', 'qidong', 'jinyun', 'gaochun', 'changshan']
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
seen = {}
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    lines = [l for l in t.split('\n') if l.strip()]
    # stray ASCII punctuation: allow '.', ':' in times, '+', '-' in dates, 'e' letters
    for i, l in enumerate(lines):
        s = re.sub(r'\d{2}:\d{2}', '', l) if i < 4 else l
        s = re.sub(r'(?<=\d)\.(?=\d)', '', s)
        for c in ',;:?!()':
            if c in s: err(n, 'ascii', repr(c), l[:30])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != lines[0]: err(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        j = lines.index(h)
        if j <= idx: err(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    plain = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if strip(p) not in plain: err(n, 'program', p)
        if p in seen: err(n, 'shared with', seen[p], p)
        seen[p] = n
    for p in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(p) + '。?[”’]', t): err(n, 'notProgram not quoted', p)
        if p in req or p in opt: err(n, 'notProgram listed', p)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        def fmt(x): return ('%f' % x).rstrip('0').rstrip('.')
        cands = [fmt(v)]
        if v >= 1000: cands += [fmt(v / 10000) + '万', fmt(v / 10000) + '余万', fmt(v / 10000) + '多万']
        if v >= 10**7: cands += [fmt(v / 10**8) + '亿']
        if not any(c in tx for c in cands): err(n, 'value', v, tx)
        if 'upper' in f and fmt(f['upper']) not in tx: err(n, 'upper', tx)
        if f['unit'] not in tx: err(n, 'unit', f['unit'], tx)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', tx)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad)
sys.exit(1 if bad else 0)
