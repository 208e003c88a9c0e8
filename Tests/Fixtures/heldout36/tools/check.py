# Check every gold string against the clean text. Run from the batch folder.
import json, re, os, glob
HAN = re.compile(r'[\u4e00-\u9fff]')
names = ['zhenhai', 'suining', 'huangyan', 'hanjiang', 'rudong']
seen = {}
ok = True
def bad(*a):
    global ok; ok = False; print('FAIL', *a)

def numforms(v, unit, text):
    forms = set()
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    forms.add(fmt(v))
    if unit not in ('万元', '亿元'):
        forms.add(fmt(v / 10000) + '万'); forms.add(fmt(v / 10000) + '多万'); forms.add(fmt(v / 10000) + '余万')
        forms.add(fmt(v / 1e8) + '亿')
    return any(f in text for f in forms)

for n in names:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): bad(n, 'BOM')
    if b'\r' in raw: bad(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: bad(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: bad(n, 'han', han)
    stray = re.findall(r'[,;:?!()\[\]"\']', t)
    allowed_colon = len(re.findall(r'\d\d:\d\d', t))
    if len(stray) != allowed_colon: bad(n, 'stray ascii', stray)
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] != nonempty[0]: bad(n, 'title')
    pos = 0
    for h in g['headings']:
        try:
            pos = lines.index(h, pos) + 1
        except ValueError:
            bad(n, 'heading', h)
    for a in g['authors']:
        if a['name'] not in t: bad(n, 'author', a)
        if 'position' in a and a['position'] not in t: bad(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: bad(n, 'outlet')
    plain = re.sub('[“”‘’《》]', '', t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: bad(n, 'required count', len(req))
    if set(req) & set(opt): bad(n, 'both', set(req) & set(opt))
    for p in req + opt:
        if p not in plain: bad(n, 'program', p)
        if p in seen: bad(n, 'shared with', seen[p], p)
        seen[p] = n
    for q in g['notPrograms']:
        if '“' + q + '”' not in t and '“' + q + '。”' not in t: bad(n, 'notProgram', q)
    for f in g['figures']:
        x = f['text']
        if x not in t: bad(n, 'figure text', x); continue
        if not numforms(f['value'], f['unit'], x): bad(n, 'value', f)
        if 'upper' in f and not numforms(f['upper'], f['unit'], x): bad(n, 'upper', f)
        if f['unit'] not in x: bad(n, 'unit', f)
        if 'qualifier' in f and f['qualifier'] not in x: bad(n, 'qualifier', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('ALL OK' if ok else 'ERRORS')
