# Check every gold string of the twenty-second set against its clean text.
import json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['xinbei', 'cixi', 'qiantang', 'wuzhong', 'keqiao']
STRIP = str.maketrans('', '', '“”‘’《》')
QUALS = {'多', '余', '近', '超过', '约', '以上'}
errs = []
def err(*a): errs.append(' '.join(map(str, a)))

def num_forms(v, unit_in_text_after):
    forms = []
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    forms.append((fmt(v), ''))
    if v >= 10000: forms.append((fmt(v / 10000), '万'))
    if v >= 10**8: forms.append((fmt(v / 10**8), '亿'))
    return forms

def value_in(text, v, unit):
    for s, mult in num_forms(v, unit):
        if mult:
            if re.search(re.escape(s) + r'(多|余)?' + mult, text): return True
        elif re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d.])', text):
            return True
    return False

seen = {}
for n in NAMES:
    src = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    lines = [l for l in t.split('\n') if l.strip()]
    for l in lines:
        l2 = re.sub(r'\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}', '', l)  # metadata dates and times
        l2 = re.sub(r'(?<=\d)\.(?=\d)', '', l2)        # decimal points
        bad = re.findall(r'[!-/:-@\[-`{-~]', l2.replace('%', '').replace('+', ''))
        if bad: err(n, 'ascii punct', bad, l[:30])
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    # title
    if g['title'] is not None and g['title'] != lines[0]: err(n, 'title')
    # headings: whole lines in order
    idx = 0
    for h in g['headings']:
        try: idx = lines.index(h, idx) + 1
        except ValueError: err(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a['name'])
        if 'position' in a and a['position'] not in t: err(n, 'position', a['position'])
        if a['role'] not in {'记者', '首席记者', '通讯员', '编辑', '作者', '摄影'}: err(n, 'role', a['role'])
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    if g['date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?', g['date']): err(n, 'date form')
    tn = t.translate(STRIP)
    req = g['programs']['required']; opt = g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for p in req + opt:
        if p.translate(STRIP) not in tn: err(n, 'program not in text', p)
        if p in seen and seen[p] != n: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    for p in set(req) & set(opt): err(n, 'both required and optional', p)
    for q in g['notPrograms']:
        if f'“{q}”' not in t and f'“{q}。”' not in t: err(n, 'notProgram not quoted', q)
        if q in req or q in opt: err(n, 'notProgram listed as program', q)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        if not value_in(tx, f['value'], f['unit']): err(n, 'figure value', f['value'], tx)
        if 'upper' in f and not value_in(tx, f['upper'], f['unit']): err(n, 'figure upper', tx)
        u = f['unit']
        if u not in tx and not (u in ('名', '家', '人', '件', '人次', '笔', '套') and u in tx): err(n, 'figure unit', u, tx)
        q = f.get('qualifier')
        if q and (q not in QUALS or q not in tx): err(n, 'qualifier', q, tx)
        if f['subject'].endswith('同比增长') != ('同比增长' in tx and f['unit'] == '%'): err(n, 'yoy subject', tx)
    print(n, 'han', han, 'lines', len(lines), 'required', len(req), 'optional', len(opt),
          'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('\n'.join(errs) if errs else 'all checks passed')
sys.exit(1 if errs else 0)
