# Check every gold string against the clean text of the sixteenth set.
import json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['jurong', 'xianju', 'wuyi', 'ninghai', 'baoying']
# metadata lines allowed to hold ASCII punctuation (dates and times)
META_OK = {'jurong': ['镇江日报 2024.04.17'], 'baoying': ['来源：新华日报　时间：2024/06/21 07:35'],
           'wuyi': ['来源：武义县融媒体中心　作者：季雨涵　发布时间：2023-11-28'],
           'ninghai': ['发布时间：2024年05月14日 10:20　来源：《党建研究》2024年第5期']}
STRIP = str.maketrans('', '', '“”‘’《》')
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

def fmt(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s

def value_forms(v):
    forms = [(fmt(v), '')]
    if v >= 10000 and v % 1 == 0:
        forms.append((fmt(v / 10000), '万'))
    if v >= 1e8:
        forms.append((fmt(v / 1e8), '亿'))
    return forms

CN = {'两': 2}
seen = {}
for n in NAMES:
    src = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着 present')
    lines = t.split('\n')
    nonempty = [l for l in lines if l.strip()]
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    for l in lines:
        if l in META_OK.get(n, []): continue
        l2 = re.sub(r'(?<=\d)\.(?=\d)', '', l)
        bad = re.findall(r'[!-$&-/:-@\[-`{-~]', l2)  # % is allowed, as in the seeds
        if bad: err(n, 'ASCII punct', bad, l[:30])
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(n, 'title')
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading not a line', h); continue
        i = lines.index(h)
        if i <= pos: err(n, 'heading order', h)
        pos = i
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    flat = t.translate(STRIP)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'both required and optional', set(req) & set(opt))
    for p in req + opt:
        if p.translate(STRIP) not in flat: err(n, 'program not in text', p)
        if p in seen: err(n, 'shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        if not re.search('[“‘《]' + re.escape(q) + '。?[”’》]', t): err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram also program', q)
    if len(g['figures']) != 15: err(n, 'figure count', len(g['figures']))
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        ok = False
        if f['unit'][0] in '万亿' and re.search(re.escape(fmt(f['value'])) + '[多余]?' + f['unit'], x):
            ok = True
        for num, mult in value_forms(f['value']):
            if re.search(re.escape(num) + '[多余]?' + mult, x) and (mult or not re.search(re.escape(num) + '[多余]?[万亿]', x)):
                ok = True
        if not ok: err(n, 'figure value', f)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', f)
        u = f['unit']
        if u not in x: err(n, 'unit', f)
        q = f.get('qualifier')
        if q and q not in x: err(n, 'qualifier', f)
        if not q and re.search(r'[近约]\d|超过\d|\d[多余]|以上', x): err(n, 'qualifier missing?', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('\n'.join(errors) if errors else 'OK')
