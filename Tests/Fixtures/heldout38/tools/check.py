# Check every gold string against the clean text. Run from the batch folder.
import json, re, os, sys
NAMES = ['zhaojue','chengkou','qilin','renhuai','zhenxiong']
DIRTY = {'zhaojue'}
HAN = re.compile(r'[\u4e00-\u9fff]')
strip = lambda s: re.sub('[“”‘’《》]', '', s)
bad = 0
def err(*a):
    global bad; bad += 1; print('ERROR', *a)
allnames = {}
CN = {'0':'0'}
for n in NAMES:
    path = f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    lines = [l for l in t.split('\n') if l.strip()]
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    if g['title'] is not None and g['title'] not in lines: err(n, 'title not a line')
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading', h); continue
        i = lines.index(h)
        if i <= pos: err(n, 'heading order', h)
        pos = i
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if 'position' in a and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    st = strip(t)
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for p in req + opt:
        if p not in st: err(n, 'program missing', p)
        if p in allnames: err(n, 'program shared with', allnames[p], p)
        allnames[p] = n
    if set(req) & set(opt): err(n, 'both req and opt', set(req) & set(opt))
    for q in g['notPrograms']:
        if not re.search('“' + re.escape(q) + '。?”', t): err(n, 'notProgram not quoted', q)
        if q in req + opt: err(n, 'notProgram is program', q)
    for f in g['figures']:
        x = f['text']
        if x not in t: err(n, 'figure text', x); continue
        v = f['value']
        def fmt(v):
            s = ('%f' % v).rstrip('0').rstrip('.')
            return s
        ok = False
        for val, mult in ((v, ''), (v/10000, '万'), (v/1e8, '亿')):
            s = fmt(val)
            if mult:
                if re.search(re.escape(s) + '[多余]?' + mult, x): ok = True
            elif re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d.])', x): ok = True
        if not ok: err(n, 'value not in text', f)
        if 'upper' in f and fmt(f['upper']) not in x: err(n, 'upper', f)
        if f['unit'] not in x: err(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in x: err(n, 'qualifier', f)
        if f.get('qualifier') and f['qualifier'] not in ('多','余','近','超过','约','以上'): err(n,'bad qualifier',f)
    # stray ASCII punctuation beyond decimal points, times, dates, and the chrome marks
    body = re.sub(r'\d+\.\d+', '', t)
    body = re.sub(r'\d{1,2}:\d{2}(:\d{2})?', '', body)
    body = re.sub(r'\d{4}[-/]\d{2}[-/]\d{2}', '', body)
    body = body.replace(' > ', '').replace('- END -', '').replace('+', '')
    stray = re.findall(r'[,.;:?!()\[\]"\'/-]', body)
    if stray: err(n, 'stray ascii', stray)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors', bad)
