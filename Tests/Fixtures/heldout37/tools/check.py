# Check every gold string against the clean text (NAME.txt, or clean/NAME.txt for the dirty file).
import json, re, os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAMES = ['weixian', 'luyi', 'caoxian', 'yuexi', 'helan']
strip = lambda s: re.sub('[“”‘’《》]', '', s)
def numstr(v):
    return ('%f' % v).rstrip('0').rstrip('.')
seen = {}; ok = True
def err(*a):
    global ok; ok = False; print('ERR', *a)
for n in NAMES:
    p = f'{HERE}/clean/{n}.txt' if os.path.exists(f'{HERE}/clean/{n}.txt') else f'{HERE}/{n}.txt'
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: err(n, 'BOM/CR')
    t = raw.decode('utf-8'); s = strip(t)
    if '着' in t: err(n, '着')
    body = re.sub(r'\d{4}-\d{2}-\d{2}|\d\.\d|\d{2}:\d{2}|https?://\S+', '', t)
    stray = set(re.findall(r'[!-/:-@\[-`{-~]', body)) - {'+', '%'}
    if stray: err(n, 'ASCII punct', stray)
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    if not 1400 <= han <= 2000: err(n, 'han', han)
    g = json.load(open(f'{HERE}/{n}.gold.json', encoding='utf-8'))
    lines = [l for l in t.split('\n') if l.strip()]
    if g['title'] is not None and lines[0] != g['title']: err(n, 'title')
    idx = -1
    for h in g['headings']:
        if h not in lines[idx+1:]: err(n, 'heading', h)
        else: idx = lines.index(h, idx+1)
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    req, opt = g['programs']['required'], g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for x in req + opt:
        if strip(x) not in s: err(n, 'program', x)
        if x in seen: err(n, 'shared with', seen[x], x)
        seen[x] = n
    for x in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(x) + '。?[”’]', t): err(n, 'notProgram', x)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'fig text', tx); continue
        v = f['value']; cands = [numstr(v)]
        if v >= 10000: cands.append(numstr(v / 10000) + r'(?:多|余)?万')
        if v >= 1e8: cands.append(numstr(v / 1e8) + r'(?:多|余)?亿')
        if not any(re.search(c, tx) for c in cands): err(n, 'fig value', f)
        if 'upper' in f and numstr(f['upper']) not in tx: err(n, 'upper', f)
        if f['unit'] not in tx: err(n, 'unit', f)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', f)
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(n, 'bad q', f)
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'not', len(g['notPrograms']), 'figures', len(g['figures']))
print('OK' if ok else 'FAILED')
