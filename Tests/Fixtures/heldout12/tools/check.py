#!/usr/bin/env python3
"""Checks the heldout12 gold files against the clean texts, and the dirty reversal."""
import glob, json, os, re, sys
import opencc

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
FIX = '/work/main/Tests/Fixtures'
NAMES = ['dongtai', 'zhuji', 'haimen', 'kaihua', 'taixing']
DIRTY = ['dongtai', 'kaihua']
errors = []
def err(m): errors.append(m)

def clean_path(n):
    p = os.path.join(ROOT, 'clean', n + '.txt')
    return p if n in DIRTY else os.path.join(ROOT, n + '.txt')

def strip_marks(s):
    return re.sub('[「」“”‘’《》]', '', s)

def num_forms(v):
    out = set()
    def fmt(x):
        if abs(x - round(x)) < 1e-9: return str(int(round(x)))
        return ('%.6f' % x).rstrip('0').rstrip('.')
    out.add((fmt(v), ''))
    if v >= 1000: out.add((fmt(v / 10000), '万'))
    if v >= 1e7: out.add((fmt(v / 1e8), '亿'))
    return out

def has_value(text, v, unit):
    for s, mult in num_forms(v):
        if mult:
            if re.search(r'(?<![\d.])' + re.escape(s) + r'[多余]?' + mult, text): return True
        else:
            if re.search(r'(?<![\d.])' + re.escape(s) + r'(?![\d.])', text): return True
    return False

all_req = {}
for n in NAMES:
    t = open(clean_path(n), encoding='utf-8').read()
    raw = open(clean_path(n), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(f'{n}: BOM')
    if b'\r' in raw: err(f'{n}: CR')
    if n in DIRTY and '着' in t: err(f'{n}: contains 着')
    stray = re.sub(r'(?<=\d):(?=\d)', '', t)
    stray = re.sub(r'[A-Za-z0-9.%\-—]', '', stray)
    if re.search(r'[,;:!?()\[\]"\']', stray): err(f'{n}: stray ASCII punctuation ' + str(re.findall(r'.{0,5}[,;:!?()\[\]"\'].{0,5}', stray)[:3]))
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    if not 1300 <= han <= 1700: err(f'{n}: {han} Han characters')
    g = json.load(open(os.path.join(ROOT, n + '.gold.json'), encoding='utf-8'))
    lines = [l for l in t.split('\n') if l.strip()]
    if g['title'] is not None and lines[0] != g['title']: err(f'{n}: title is not the first line')
    pos = 0
    for h in g['headings']:
        try:
            pos = lines.index(h, pos) + 1
        except ValueError:
            err(f'{n}: heading not a line in order: {h}')
    for a in g['authors']:
        if a['name'] not in t: err(f'{n}: author {a["name"]}')
        if a.get('position') and a['position'] not in t: err(f'{n}: position {a["position"]}')
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(f'{n}: role {a["role"]}')
    if g['outlet'] and g['outlet'] not in t: err(f'{n}: outlet')
    if g['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\d)?', g['date']): err(f'{n}: date format')
    st = strip_marks(t)
    req, opt = g['programs']['required'], g['programs']['optional']
    if not 12 <= len(req) <= 18: err(f'{n}: {len(req)} required')
    for p in req + opt:
        if p not in st and p not in t: err(f'{n}: program not in text: {p}')
    for p in set(req) & set(opt): err(f'{n}: both required and optional: {p}')
    for p in req + opt:
        if p in all_req: err(f'{n}: program shared with {all_req[p]}: {p}')
        all_req[p] = n
    for q in g['notPrograms']:
        if not re.search('[“「‘]' + re.escape(q) + '。?[”」’]', t): err(f'{n}: notProgram not in quotes: {q}')
        if q in req or q in opt: err(f'{n}: notProgram also program: {q}')
    if len(g['figures']) != 15: err(f'{n}: {len(g["figures"])} figures')
    for f in g['figures']:
        tx = f['text']
        if tx not in t: err(f'{n}: figure text not found: {tx}'); continue
        if not has_value(tx, f['value'], f['unit']): err(f'{n}: value {f["value"]} not in {tx}')
        if 'upper' in f and not has_value(tx, f['upper'], f['unit']): err(f'{n}: upper in {tx}')
        if f['unit'] not in tx: err(f'{n}: unit {f["unit"]} not in {tx}')
        if f.get('qualifier') and f['qualifier'] not in tx: err(f'{n}: qualifier in {tx}')
        if f.get('qualifier') and f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): err(f'{n}: bad qualifier')
    print(f'{n}: {han} Han, {len(req)} required, {len(opt)} optional, {len(g["notPrograms"])} notPrograms, {len(g["figures"])} figures')

# collisions with earlier sets
earlier = set()
for f in glob.glob(FIX + '/*/*.gold.json'):
    try: g = json.load(open(f, encoding='utf-8'))
    except Exception: continue
    pr = g.get('programs') or {}
    if isinstance(pr, dict):
        for k in ('required', 'optional'):
            earlier.update(pr.get(k) or [])
# generic kind words that earlier sets listed; allowed only as the tail of a longer name here
ALLOWED_TAILS = {'产业链党建联盟', '共富工坊'}
earlier_texts = {}
for f in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt') + glob.glob('/work/shared/seeds/*.txt'):
    s = open(f, encoding='utf-8').read()
    if '/seeds/' in f:
        s = opencc.OpenCC('t2s').convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
    earlier_texts[f] = strip_marks(s)
for p in all_req:
    if p in earlier: err(f'collision: {p} is an earlier gold name')
    for e in earlier:
        if e in ALLOWED_TAILS and p.endswith(e) and p != e: continue
        if len(e) >= 3 and len(p) >= 3 and (e in p or p in e): err(f'collision: {p} ~ earlier {e}')
    for f, s in earlier_texts.items():
        if len(p) >= 3 and p in s: err(f'collision: {p} occurs in {f}')
for n in NAMES:
    st = strip_marks(open(clean_path(n), encoding='utf-8').read())
    for e in earlier:
        if e in ALLOWED_TAILS:
            rest = st
            for p in all_req: rest = rest.replace(p, '')
            rest = rest.replace('等' + e, '')  # tail of a shared-suffix list
            if e in rest: err(f'{n}: {e} occurs outside a listed name')
            continue
        if len(e) >= 3 and e in st and e not in all_req: err(f'{n}: earlier name occurs in text: {e}')

# dirty reversal
t2s = opencc.OpenCC('t2s')
CHROME = {'开化论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def reverse(text):
    out = []
    for l in text.split('\n'):
        if not l.strip() or l in CHROME or 'https://' in l: continue
        l = l.replace(' [复制链接]', '')
        l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', l)
        l = t2s.convert(l)
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = l.replace(',', '，')
        l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
        for a, b in zip(';()?!', '；（）？！'):
            l = l.replace(a, b)
        out.append(l)
    return out
for n in DIRTY:
    d = open(os.path.join(ROOT, n + '.txt'), encoding='utf-8').read()
    c = [l for l in open(clean_path(n), encoding='utf-8').read().split('\n') if l.strip()]
    r = reverse(d)
    if r != c:
        for i, (a, b) in enumerate(zip(r, c)):
            if a != b:
                err(f'{n}: reversal differs at line {i}: {a[:60]} | {b[:60]}')
                diff = [(x, y) for x, y in zip(a, b) if x != y][:5]
                err(f'   chars {diff}')
                break
        if len(r) != len(c): err(f'{n}: reversal has {len(r)} lines, clean {len(c)}')
    else:
        print(f'{n}: reversal recovers all {len(c)} non-empty clean lines')

print('\n'.join(errors) if errors else 'ALL CHECKS PASS')
sys.exit(1 if errors else 0)
