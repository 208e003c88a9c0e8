# Check every gold string of heldout24 against its clean text.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
NAMES = ['chongming', 'pinggu', 'wushan', 'qionghai', 'bomi']
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
def fmt(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s
def value_forms(v, text):
    forms = [fmt(v)]
    if v >= 10000 and '万' in text: forms.append(fmt(v / 10000) + '万')
    if v >= 10**8 and '亿' in text: forms.append(fmt(v / 10**8) + '亿')
    return forms
seen = {}
for n in NAMES:
    src = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = t.split('\n')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    # stray ASCII punctuation
    for i, l in enumerate(lines):
        if 'http' in l or l.endswith('[复制链接]') or l.strip() in ('?', '1#'): continue
        l2 = re.sub(r'\d{4}-\d{2}-\d{2} \d{2}:\d{2}', '', l)
        l2 = re.sub(r'(?<=\d)[.:](?=\d)', '', l2)
        l2 = l2.replace('+', '')
        m = re.findall(r'[,.;:?!()\[\]"\'\-]', l2)
        if m: err(n, 'ascii punct line', i + 1, m)
    # title
    if g['title'] is not None:
        ne = [l for l in lines if l.strip() and l.strip() != '?']
        cand = [l[:-len(' [复制链接]')] if l.endswith(' [复制链接]') else l for l in lines]
        if g['title'] not in cand: err(n, 'title not a line')
    # headings in order
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading not a line', h); continue
        p = lines.index(h)
        if p <= pos: err(n, 'heading order', h)
        pos = p
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n, 'role', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    plain = re.sub('[“”‘’《》]', '', t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    if len(set(req)) != len(req): err(n, 'dup required')
    for p in req + opt:
        if p not in plain: err(n, 'program not in text', p)
        if p in seen and seen[p] != n: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        if '“' + q + '”' not in t and '“' + q + '。”' not in t: err(n, 'notProgram not quoted', q)
        if q in req or q in opt: err(n, 'notProgram also program', q)
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        ok = any(re.search(re.escape(v) + '(多|余)?' + ('' if not f.get('qualifier') else ''), x) for v in value_forms(f['value'], x))
        if not ok: err(n, 'figure value', f)
        u = f['unit']
        if u not in x and not (u in ('万元', '亿元') and u in x): err(n, 'figure unit', f)
        if f.get('qualifier') and f['qualifier'] not in x: err(n, 'qualifier', f)
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(n, 'qualifier kind', f)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', f)
        for fv in value_forms(f['value'], x):
            pass
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']), 'headings', len(g['headings']))
print('errors:', bad)
sys.exit(1 if bad else 0)
