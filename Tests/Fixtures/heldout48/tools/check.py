# Check every gold string of heldout48 against the clean texts.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['nanhai', 'chongzhou', 'nanan', 'sangzhi', 'wulong']
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
def numstr(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s
seen = {}
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    # stray ASCII punctuation (allow . between digits, : in times, + in formulas, % )
    for i, l in enumerate(lines):
        l2 = re.sub(r'(?<=\d)\.(?=\d)', '', l)
        l2 = re.sub(r'\d{1,2}:\d{2}', '', l2)
        l2 = re.sub(r'\d{4}-\d{2}-\d{2}', '', l2)
        for c in l2:
            if c in ',;:!?()[]"\'<>|-/' : err(n, 'ascii punct', repr(c), l[:30])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(n, 'title')
    # headings in order as whole lines
    idx = 0
    for h in g['headings']:
        try: idx = lines.index(h, idx) + 1
        except ValueError: err(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for x in req + opt:
        if strip(x) not in st: err(n, 'program missing', x)
        if x in seen: err(n, 'program shared with', seen[x], x)
        seen[x] = n
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for x in g['notPrograms']:
        if '“' + x + '”' not in t and '“' + x + '。”' not in t: err(n, 'notProgram not quoted', x)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']
        cands = [numstr(v)]
        if f['unit'] not in ('万元', '亿元'):
            cands += [numstr(v / 1e4) + '万', numstr(v / 1e8) + '亿']
            cands += [numstr(v / 1e4) + q + '万' for q in ('多', '余')]
        if not any(c in tx for c in cands): err(n, 'figure value', v, tx)
        if f['unit'] not in tx: err(n, 'figure unit', f)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', f)
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(n, 'qual kind', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad)
sys.exit(1 if bad else 0)
