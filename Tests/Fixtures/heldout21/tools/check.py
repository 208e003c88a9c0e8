# Check every gold string of the twenty-first set against its clean text.
import json, os, re, sys
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
NAMES = ['abaga', 'yumin', 'qilian', 'youyu', 'changhai']
DIRTY = {'yumin'}
HAN = re.compile(r'[\u4e00-\u9fff]')
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)

def numstr(v):
    s = ('%f' % v).rstrip('0').rstrip('.')
    return s

def value_ok(text, value, unit):
    cands = [numstr(value)]
    if value >= 10000: cands.append(numstr(value / 10000) + '万')
    if value >= 10**8: cands.append(numstr(value / 10**8) + '亿')
    for c in cands:
        if c.endswith('万') or c.endswith('亿'):
            pat = re.escape(c[:-1]) + '[多余]?' + c[-1]
        else:
            pat = re.escape(c)
        if re.search(r'(?<![0-9.])' + pat, text): return True
    return False

seen = {}
for name in NAMES:
    path = f'clean/{name}.txt' if name in DIRTY else f'{name}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(name, 'BOM')
    if b'\r' in raw: err(name, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(name, '着 in text')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(name, 'han count', han)
    lines = t.split('\n')
    nonempty = [l for l in lines if l.strip()]
    # stray ASCII punctuation (allowed: decimal point, time colon, %, letters, spaces)
    for i, l in enumerate(lines):
        s = re.sub(r'\d+\.\d+', '', l)
        s = re.sub(r'\d{2}:\d{2}', '', s)
        s = re.sub(r'\d{4}-\d{2}-\d{2}', '', s)
        for c in s:
            if c in ',.;:!?()[]"\'' :
                err(name, 'ASCII punct', repr(c), 'line', i + 1)
    g = json.load(open(f'{name}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(name, 'title')
    pos = 0
    for h in g['headings']:
        try:
            pos = lines.index(h, pos) + 1
        except ValueError:
            err(name, 'heading not a line in order', h)
    for a in g['authors']:
        if a['name'] not in t: err(name, 'author', a['name'])
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(name, 'role', a)
        if 'position' in a and a['position'] not in t: err(name, 'position', a['position'])
    if g['outlet'] and g['outlet'] not in t: err(name, 'outlet')
    if g['date']:
        d = g['date'][:10]
        y, m, dd = d.split('-')
        if d not in t and f'{y}年{m}月{dd}日' not in t and f'{y}年{int(m)}月{int(dd)}日' not in t: err(name, 'date', d)
        if 'T' in g['date'] and g['date'][11:] not in t: err(name, 'time')
    plain = re.sub('[“”‘’《》]', '', t)
    req = g['programs']['required']; opt = g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(name, 'required count', len(req))
    if len(set(req)) != len(req): err(name, 'duplicate required')
    for p in req + opt:
        if p not in plain: err(name, 'program not in text', p)
        if p in seen: err(name, 'program shared with', seen[p], p)
        seen[p] = name
    for p in set(req) & set(opt): err(name, 'both required and optional', p)
    for n in g['notPrograms']:
        if '“' + n + '”' not in t and '“' + n + '。”' not in t: err(name, 'notProgram not quoted', n)
        if n in req or n in opt: err(name, 'notProgram is a program', n)
    if len(g['figures']) < 12: err(name, 'few figures')
    for f in g['figures']:
        x = f['text']
        if x not in t: err(name, 'figure text', x); continue
        if not value_ok(x, f['value'], f['unit']): err(name, 'figure value', f)
        if 'upper' in f and not value_ok(x, f['upper'], f['unit']): err(name, 'figure upper', f)
        if f['unit'] not in x: err(name, 'figure unit', f)
        q = f.get('qualifier')
        if q and q not in x: err(name, 'figure qualifier', f)
        if q and q not in ('多', '余', '近', '超过', '约', '以上'): err(name, 'qualifier kind', f)
    print(f'{name}: han {han}, required {len(req)}, optional {len(opt)}, notPrograms {len(g["notPrograms"])}, figures {len(g["figures"])}')
print('errors', bad)
sys.exit(1 if bad else 0)
