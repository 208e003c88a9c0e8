# Check every gold string of this set against the clean texts. Run from the set folder.
import json, re, os, sys
NAMES = ['linqing', 'pingyao', 'botou', 'linzhou', 'jianli']
HAN = re.compile(r'[\u4e00-\u9fff]')
strip = lambda s: re.sub(r'[“”‘’《》]', '', s)
CHROME_ASCII = {'jianli': {'人民网>>湖北频道>>荆州', '2024年06月12日08:31 | 来源：人民网－湖北频道'}}
errors = []
def err(*a): errors.append(' '.join(map(str, a)))

def num_forms(v):
    out = set()
    def fmt(x):
        s = ('%f' % x).rstrip('0').rstrip('.')
        return s
    out.add(fmt(v))
    return out

seen = {}
for n in NAMES:
    p = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(p, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    for l in nonempty:
        if l in CHROME_ASCII.get(n, set()): continue
        s = re.sub(r'(?<=\d)\.(?=\d)', '', l)           # decimal points
        s = re.sub(r'\d{1,2}:\d{2}', '', s)              # metadata times
        s = s.replace('+', '').replace('%', '')        # formula plus signs, per cent
        bad = re.findall(r'[!-/:-@\[-`{-~]', s)
        if bad: err(n, 'ascii punct', bad, l[:30])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    # title
    if g['title'] is not None:
        if g['title'] not in nonempty: err(n, 'title not a line')
        first = nonempty[0] == g['title']
    else:
        first = None
    # headings in order as whole lines
    idx = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading missing', h); continue
        j = lines.index(h)
        if j <= idx: err(n, 'heading order', h)
        idx = j
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a['name'])
        if a.get('position') and a['position'] not in t: err(n, 'position', a['position'])
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet', g['outlet'])
    st = strip(t)
    req, opt = g['programs']['required'], g['programs']['optional']
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for x in req + opt:
        if strip(x) not in st: err(n, 'program missing', x)
        if x in seen and seen[x] != n: err(n, 'program shared with', seen[x], x)
        seen[x] = n
    if set(req) & set(opt): err(n, 'both required and optional', set(req) & set(opt))
    for x in g['notPrograms']:
        if not re.search('[“‘]' + re.escape(x) + '。?[”’]', t): err(n, 'notProgram not quoted', x)
        if x in req or x in opt: err(n, 'notProgram also program', x)
    for f in g['figures']:
        s = f['text']
        if s not in t: err(n, 'figure text missing', s); continue
        v = f['value']; forms = num_forms(v)
        if f['unit'] not in ('万元', '亿元'):
            if v >= 10000: forms |= num_forms(v / 10000)
            if v >= 10**8: forms |= num_forms(v / 10**8)
        if not any(re.search(re.escape(fm) + r'(?![\d.])', s) for fm in forms): err(n, 'figure value', v, s)
        if 'upper' in f and str(f['upper']) not in s: err(n, 'figure upper', s)
        if f['unit'] not in s: err(n, 'figure unit', f['unit'], s)
        if f.get('qualifier') and f['qualifier'] not in s: err(n, 'figure qualifier', s)
    print(f"{n}: {han} Han, title first line: {first}, headings {len(g['headings'])}, required {len(req)}, optional {len(opt)}, notPrograms {len(g['notPrograms'])}, figures {len(g['figures'])}")
print('errors:', len(errors))
for e in errors: print('  ', e)
sys.exit(1 if errors else 0)
