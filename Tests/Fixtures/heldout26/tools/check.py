# Check every gold string of this set against the clean text (NAME.txt, or clean/NAME.txt if present).
import json, os, re, sys, glob
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
HAN = re.compile(r'[\u4e00-\u9fff]')
NAMES = ['chunan', 'jiangyan', 'qingtian', 'lianshui', 'taishun']
CN = {'万': 10**4, '亿': 10**8}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)
def strip(s): return re.sub('[“”‘’《》]', '', s)
def fmt(v):
    s = ('%.6f' % v).rstrip('0').rstrip('.')
    return s
seen = {}
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: bad(n, 'BOM/CR')
    t = raw.decode('utf-8')
    lines = [l for l in t.split('\n') if l.strip()]
    hc = len(HAN.findall(t))
    if not 1400 <= hc <= 2000: bad(n, 'han count', hc)
    if '着' in t: bad(n, '着')
    # stray ASCII punctuation outside times and decimals
    for l in lines:
        l2 = re.sub(r'\d{1,2}:\d{2}', '', l); l2 = re.sub(r'\d\.\d', '', l2)
        l2 = l2.replace('+', '')  # 理论+实战 formula
        if re.search(r'[,.;:!?()\[\]"\']', l2): bad(n, 'ascii punct', l)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != lines[0]: bad(n, 'title')
    i = 0
    for h in g['headings']:
        try: i = lines.index(h, i) + 1
        except ValueError: bad(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a)
        if 'position' in a and a['position'] not in t: bad(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: bad(n, 'required count', len(req))
    if set(req) & set(opt): bad(n, 'req&opt', set(req) & set(opt))
    for x in req + opt:
        if x not in st: bad(n, 'program', x)
        if x in seen: bad(n, 'shared with', seen[x], x)
        seen[x] = n
    for x in g['notPrograms']:
        if not re.search('“' + re.escape(x) + '。?”', t): bad(n, 'notProgram not quoted', x)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: bad(n, 'figure text', tx); continue
        v = f['value']; forms = [fmt(v)]
        for k, m in CN.items():
            if v >= m / 10 and f['unit'] not in ('万元', '亿元'):
                forms.append(fmt(v / m) + k); forms.append(fmt(v / m) + '多' + k); forms.append(fmt(v / m) + '余' + k)
        if not any(x in tx for x in forms): bad(n, 'figure value', v, tx)
        if f['unit'] not in tx: bad(n, 'unit', f)
        if 'upper' in f and fmt(f['upper']) not in tx: bad(n, 'upper', f)
        q = f.get('qualifier')
        if q and q not in tx: bad(n, 'qualifier', f)
        if not q and re.search(r'[余多近约]', tx.replace('余名', '')) and re.search(r'\d(多|余)|[近约]\d', tx): bad(n, 'missing qualifier', tx)
        if q and q not in ('多', '余', '近', '超过', '约', '以上'): bad(n, 'bad qualifier', q)
    if not 14 <= len(g['figures']) <= 16: bad(n, 'figure count')
    print(n, 'han', hc, 'lines', len(lines), 'required', len(req), 'optional', len(opt), 'not', len(g['notPrograms']), 'figures', len(g['figures']))
print('OK' if ok else 'FAILED'); sys.exit(0 if ok else 1)
