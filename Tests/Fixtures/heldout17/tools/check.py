# Check every gold string against the clean texts of the seventeenth set.
import json, os, re, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['yinan', 'luotian', 'tiantai', 'hongya', 'guangshan']
HAN = re.compile(r'[\u4e00-\u9fff]')
MARKS = str.maketrans('', '', '“”‘’《》')
QUALS = {'多', '余', '近', '超过', '约', '以上'}
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a))

def num_forms(v):
    out = set()
    for scale, mark in ((1, ''), (10**4, '万'), (10**8, '亿')):
        x = v / scale
        if x < 0.01: continue
        s = ('%f' % x).rstrip('0').rstrip('.')
        out.add((s, mark))
    return out

seen = {}
for name in NAMES:
    p = os.path.join(HERE, 'clean', name + '.txt')
    if not os.path.exists(p): p = os.path.join(HERE, name + '.txt')
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(name, 'BOM')
    if b'\r' in raw: err(name, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(name, '着')
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    lo, hi = (500, 800) if name == 'tiantai' else (1400, 2000)
    if not lo <= han <= hi: err(name, 'Han count', han)
    # stray ASCII punctuation: allow decimal points, %, + in formulas, '-' and ':' in metadata dates/times
    body = re.sub(r'\d{4}-\d\d-\d\d( \d\d:\d\d)?', '', t)
    body = re.sub(r'(?<=\d)\.(?=\d)', '', body)
    stray = re.findall(r'[!-/:-@\[-`{-~]', body.replace('%', '').replace('+', ''))
    if stray: err(name, 'stray ASCII', stray)
    g = json.load(open(os.path.join(HERE, name + '.gold.json'), encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: err(name, 'title')
    # headings: whole lines, in order
    idx = -1
    for h in g['headings']:
        if h not in lines: err(name, 'heading not a line', h); continue
        j = lines.index(h)
        if j <= idx: err(name, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(name, 'author', a['name'])
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(name, 'role', a)
        if 'position' in a and a['position'] not in t: err(name, 'position', a['position'])
    if g['outlet'] and g['outlet'] not in t: err(name, 'outlet')
    tm = t.translate(MARKS)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(name, 'required count', len(req))
    for n in req + opt:
        if n not in tm: err(name, 'program not in text', n)
        if n in seen: err(name, 'program shared with', seen[n], n)
        seen[n] = name
    if set(req) & set(opt): err(name, 'both required and optional', set(req) & set(opt))
    for n in g['notPrograms']:
        if '“' + n + '”' not in t and '“' + n + '。”' not in t: err(name, 'notProgram not quoted', n)
        if n in req or n in opt: err(name, 'notProgram also program', n)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(name, 'figure text', tx); continue
        if f['unit'] not in tx: err(name, 'unit', tx)
        q = f.get('qualifier')
        if q and (q not in QUALS or q not in tx): err(name, 'qualifier', tx)
        ok = False
        for s, mark in num_forms(f['value']):
            if re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d.])' + ('(多|余)?' + mark if mark else ''), tx):
                ok = True
        if not ok: err(name, 'value', f['value'], tx)
        if 'upper' in f and str(f['upper']) not in tx: err(name, 'upper', tx)
    print(f"{name}: Han {han}, required {len(req)}, optional {len(opt)}, notPrograms {len(g['notPrograms'])}, figures {len(g['figures'])}, headings {len(g['headings'])}")
print('errors:', len(errors))
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
