# Check every gold string against the clean text (NAME.txt, or clean/NAME.txt for the dirty file).
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
NAMES = ['jianhu', 'ruian', 'zhangdian', 'yiyang', 'jingxian']
HAN = re.compile(r'[\u4e00-\u9fff]')
QUAL = {'多', '余', '近', '超过', '约', '以上'}
# page-chrome lines where ASCII marks are part of real site furniture
CHROME_OK = re.compile(r'^(当前位置|淄博新闻网|鲁ICP备)')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
def numforms(v):
    out = set()
    for x in (v, v/10000, v/1e8):
        if x == int(x): out.add(str(int(x)))
        s = ('%.4f' % x).rstrip('0').rstrip('.')
        out.add(s)
    return out
allreq = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM or CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着 present')
    lines = [l for l in t.split('\n')]
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: err(n, 'han count', hc)
    for l in lines:
        if CHROME_OK.match(l): continue
        s = re.sub(r'\d+\.\d+', '', l)
        s = re.sub(r'\d{2}:\d{2}', '', s)
        s = re.sub(r'e网通|e家|\+', '', s)
        if re.search(r'[,.:;()?!\'"]', s): err(n, 'ascii punct', l[:40])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    ne = [l for l in lines if l.strip()]
    if g['title'] and g['title'] not in ne: err(n, 'title not a line')
    idx = [ne.index(h) if h in ne else -1 for h in g['headings']]
    if -1 in idx or idx != sorted(idx): err(n, 'headings', idx)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
        if a['role'] not in {'记者', '首席记者', '通讯员', '编辑', '作者', '摄影'}: err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for p in req + opt:
        if p not in st: err(n, 'program not in text', p)
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for p in req + opt:
        if p in allreq: err(n, 'shared with', allreq[p], p)
        allreq[p] = n
    for q in g['notPrograms']:
        if not any(f'{a}{q}{b}' in t or f'{a}{q}。{b}' in t for a, b in (('“', '”'), ('《', '》'))): err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram listed', q)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        if f['unit'] not in tx: err(n, 'unit', tx)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', tx)
        if f.get('qualifier') and f['qualifier'] not in QUAL: err(n, 'qualifier kind', tx)
        if not any(re.search(re.escape(x) + r'(多|余)?(万|亿)?' , tx) for x in numforms(f['value'])): err(n, 'value', tx)
    print(n, 'han', hc, 'req', len(req), 'opt', len(opt), 'not', len(g['notPrograms']), 'fig', len(g['figures']))
print('errors', bad); sys.exit(1 if bad else 0)
