#!/usr/bin/env python3
"""Checks the heldout11 gold files against the clean texts, collisions and the dirty reversal."""
import glob, json, os, re, sys
from opencc import OpenCC

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIX = '/work/main/Tests/Fixtures'
SEEDS = '/work/shared/seeds'
NAMES = ['xinchang', 'xuyi', 'wuyuan', 'eryuan', 'chenggu']
DIRTY = {'xinchang'}
errors = []

def err(msg):
    errors.append(msg)
    print('ERROR', msg)

def clean_path(n):
    return os.path.join(ROOT, 'clean', n + '.txt') if n in DIRTY else os.path.join(ROOT, n + '.txt')

def strip_marks(s):
    return re.sub('[「」“”‘’《》]', '', s)

def num(v):
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = repr(v) if isinstance(v, float) else str(v)
    return s

def fig_ok(f, text):
    t = f['text']
    if t not in text:
        return 'text not in article'
    v, unit = f['value'], f['unit']
    pats = [re.escape(num(v))]
    if unit not in ('万元', '亿元'):
        if v >= 10000:
            pats.append(re.escape(num(round(v / 10000, 6))) + '(多|余)?万')
        if v >= 1e8:
            pats.append(re.escape(num(round(v / 1e8, 6))) + '(多|余)?亿')
    if not any(re.search(p, t) for p in pats):
        return 'value %s not in text' % v
    if 'upper' in f and num(f['upper']) not in t:
        return 'upper not in text'
    if unit not in t:
        return 'unit not in text'
    q = f.get('qualifier')
    if q and q not in t:
        return 'qualifier not in text'
    if q and q not in ('多', '余', '近', '超过', '约', '以上'):
        return 'bad qualifier'
    return None

def han(s):
    return sum(1 for c in s if '\u4e00' <= c <= '\u9fff')

# ---- earlier program names
earlier = set()
for f in glob.glob(FIX + '/*/*.gold.json'):
    g = json.load(open(f, encoding='utf-8'))
    for k in ('required', 'optional'):
        earlier.update(strip_marks(x) for x in g.get('programs', {}).get(k, []))
t2s = OpenCC('t2s')
seedtext = ''
for f in sorted(glob.glob(SEEDS + '/*.txt')):
    s = open(f, encoding='utf-8').read()
    s = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)', '', s)
    seedtext += t2s.convert(s)
fixtexts = ''
for f in glob.glob(FIX + '/*/*.txt') + glob.glob(FIX + '/*/clean/*.txt'):
    fixtexts += open(f, encoding='utf-8').read()

allnames = {}
for n in NAMES:
    raw = open(clean_path(n), 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): err(n + ': BOM')
    if b'\r' in raw: err(n + ': CR')
    text = raw.decode('utf-8')
    if '着' in text: err(n + ': contains 着')
    g = json.load(open(os.path.join(ROOT, n + '.gold.json'), encoding='utf-8'))
    lines = text.split('\n')
    nonempty = [l for l in lines if l.strip()]
    # title
    if g['title'] is not None and nonempty[0] != g['title']:
        err(n + ': title is not the first non-empty line')
    # headings
    idx = 0
    for h in g['headings']:
        try:
            idx = lines.index(h, idx) + 1
        except ValueError:
            err(n + ': heading not a whole line in order: ' + h)
    # authors / outlet
    for a in g['authors']:
        if a['name'] not in text: err(n + ': author missing ' + a['name'])
        if a.get('position') and a['position'] not in text: err(n + ': position missing ' + a['position'])
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): err(n + ': role ' + a['role'])
    if g['outlet'] and g['outlet'] not in text: err(n + ': outlet missing')
    # programs
    plain = strip_marks(text)
    req, opt = g['programs']['required'], g['programs']['optional']
    if set(req) & set(opt): err(n + ': required and optional overlap ' + str(set(req) & set(opt)))
    if not 12 <= len(req) <= 18: err(n + ': %d required' % len(req))
    for p in req + opt:
        if p not in plain and p not in text: err(n + ': program not in text: ' + p)
        if p in earlier: err(n + ': collides with an earlier gold name: ' + p)
        if len(p) >= 3 and p in seedtext: err(n + ': occurs in a seed: ' + p)
        if p in allnames and allnames[p] != n: err(n + ': shared with ' + allnames[p] + ': ' + p)
        allnames[p] = n
    for p in g['notPrograms']:
        if not re.search('[“「]' + re.escape(p) + '。?[”」]', text): err(n + ': notProgram not quoted: ' + p)
        if p in req or p in opt: err(n + ': notProgram also a program: ' + p)
    # figures
    for f in g['figures']:
        r = fig_ok(f, text)
        if r: err('%s: figure %s: %s' % (n, f['text'], r))
    stray = sorted(set(re.findall(r'[,;:!?()]', text)))
    print('%-9s han=%d required=%d optional=%d notPrograms=%d figures=%d stray-ascii=%s' % (
        n, han(text), len(req), len(opt), len(g['notPrograms']), len(g['figures']), ''.join(stray)))
    # earlier names (3+ chars) that occur in this text
    hits = sorted(e for e in earlier if len(e) >= 4 and e in plain)
    if hits: print('  note: earlier names occurring in the text:', hits)

# ---- dirty reversal
PY = r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)'
CHROME = {'新昌论坛', '登录 | 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
s2t = OpenCC('t2s')
for n in DIRTY:
    dirty = open(os.path.join(ROOT, n + '.txt'), encoding='utf-8').read().split('\n')
    got = []
    for l in dirty:
        if not l.strip() or l in CHROME or 'https://' in l:
            continue
        l = l.replace(' [复制链接]', '')
        l = re.sub(PY, '', l)
        l = s2t.convert(l)
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = re.sub(r'(?<=[0-9]):(?=[0-9])', '\x00', l)
        l = l.replace(',', '，').translate(str.maketrans({':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
        got.append(l.replace('\x00', ':'))
    want = [l for l in open(clean_path(n), encoding='utf-8').read().split('\n') if l.strip()]
    if got != want:
        for a, b in zip(got, want):
            if a != b:
                err(n + ': reversal differs:\n  got  ' + a + '\n  want ' + b)
        if len(got) != len(want): err(n + ': reversal line count %d vs %d' % (len(got), len(want)))
    else:
        print(n, 'reversal recovers all', len(want), 'non-empty clean lines')

print('OK' if not errors else '%d errors' % len(errors))
sys.exit(1 if errors else 0)
