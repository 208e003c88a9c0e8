# Check every gold string of this set against the clean texts.
import json, os, re, glob
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
HAN = re.compile(r'[\u4e00-\u9fff]')
NAMES = ['cangyuan', 'congjiang', 'napo', 'xichong', 'yanchi']
# page-chrome lines allowed to hold ASCII punctuation (napo is a whole scraped page)
CHROME_OK = {'您当前的位置 ：百色新闻网 > 县区新闻 > 那坡', '关于我们 | 联系我们 | 网站地图 | 版权声明'}
errors = []
def err(*a): errors.append(' '.join(str(x) for x in a)); print('ERROR', *a)
seen = {}
def num_forms(v):
    forms = set()
    def fmt(x):
        s = ('%.6f' % x).rstrip('0').rstrip('.')
        return s
    forms.add(fmt(v))
    return forms
for n in NAMES:
    path = f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw = open(path, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n, 'BOM')
    if b'\r' in raw: err(n, 'CR')
    t = raw.decode('utf-8')
    if '着' in t: err(n, '着')
    lines = t.split('\n')
    han = len(HAN.findall(t))
    if not 1400 <= han <= 2000: err(n, 'han count', han)
    for l in lines:
        if l in CHROME_OK: continue
        s = re.sub(r'\d+\.\d+', '', l)
        s = re.sub(r'\d{1,2}:\d{2}', '', s)
        s = re.sub(r'\d{4}-\d{2}-\d{2}', '', s)
        bad = re.findall(r'[,.:;!?()\[\]<>|"\']', s)
        if bad: err(n, 'ascii punct', bad, l[:30])
    g = json.load(open(f'{n}.gold.json', encoding='utf-8'))
    nonempty = [l for l in lines if l.strip()]
    if g['title'] is not None and g['title'] not in lines: err(n, 'title not a line')
    pos = -1
    for h in g['headings']:
        if h not in lines: err(n, 'heading not a line', h); continue
        i = lines.index(h)
        if i <= pos: err(n, 'heading order', h)
        pos = i
    for a in g['authors']:
        if a['name'] not in t: err(n, 'author', a)
        if a.get('position') and a['position'] not in t: err(n, 'position', a)
        assert a['role'] in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'), a
    if g['outlet'] and g['outlet'] not in t: err(n, 'outlet')
    if g['date']:
        d = g['date'][:10]
        y, m, dd = d.split('-')
        if d not in t and f'{int(y)}年{int(m)}月{int(dd)}日' not in t and f'{y}年{m}月{dd}日' not in t: err(n, 'date', d)
    stripped = re.sub('[“”‘’《》]', '', t)
    req = g['programs']['required']; opt = g['programs'].get('optional', [])
    if not 12 <= len(req) <= 18: err(n, 'required count', len(req))
    for p in req + opt:
        if p not in stripped: err(n, 'program not in text', p)
        if p in seen: err(n, 'program shared with', seen[p], p)
        seen[p] = n
    if set(req) & set(opt): err(n, 'req&opt', set(req) & set(opt))
    for q in g['notPrograms']:
        if f'“{q}”' not in t and f'“{q}。”' not in t: err(n, 'notProgram not quoted', q)
        if q in req or q in opt: err(n, 'notProgram is program', q)
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(n, 'figure text', tx); continue
        v = f['value']; u = f['unit']
        cands = num_forms(v)
        if u not in ('万元', '亿元'):
            if v >= 10000: cands |= num_forms(v / 10000)
            if v >= 10**8: cands |= num_forms(v / 10**8)
        ok = False
        for c in cands:
            for mult in ['', '万', '亿']:
                if re.search(re.escape(c) + '(?:多|余)?' + mult + '(?:多|余)?' + re.escape(u), tx): ok = True
        if not ok: err(n, 'figure value/unit', f)
        if f.get('qualifier') and f['qualifier'] not in tx: err(n, 'qualifier', f)
        if 'upper' in f and str(f['upper']) not in tx: err(n, 'upper', f)
        assert f.get('qualifier') in (None, '多', '余', '近', '超过', '约', '以上')
    print(n, 'han', han, 'required', len(req), 'optional', len(opt), 'notPrograms', len(g['notPrograms']), 'figures', len(g['figures']))
print('errors:', len(errors))
