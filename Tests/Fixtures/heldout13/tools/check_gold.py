#!/usr/bin/env python3
"""Check every gold string of /work/pending/heldout13 against the clean texts."""
import json, glob, os, re, sys
H = '/work/pending/heldout13/'
QUOTES = '“”「」《》'
problems = 0
def bad(name, msg):
    global problems; problems += 1; print(f'[{name}] {msg}')
def fmt(v):
    if isinstance(v, float) and v.is_integer(): v = int(v)
    if isinstance(v, int): return str(v)
    return ('%.6f' % v).rstrip('0').rstrip('.')
def value_in(text, v):
    if fmt(v) in text: return True
    for mult, ch in ((10000, '万'), (100000000, '亿')):
        if v >= mult / 100 and re.search(re.escape(fmt(v / mult)) + r'(多|余)?' + ch, text): return True
    return False
allreq = {}
for g in sorted(glob.glob(H + '*.gold.json')):
    name = os.path.basename(g)[:-10]
    d = json.load(open(g, encoding='utf-8'))
    src = H + 'clean/' + name + '.txt'
    if not os.path.exists(src): src = H + name + '.txt'
    raw = open(src, 'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): bad(name, 'BOM')
    if b'\r' in raw: bad(name, 'CR')
    t = raw.decode('utf-8')
    if not t.endswith('\n'): bad(name, 'no final LF')
    if '着' in t: bad(name, '着 present')
    lines = [l for l in t.split('\n')]
    nonempty = [l for l in lines if l.strip()]
    # stray ASCII punctuation
    for i, l in enumerate(nonempty):
        l2 = re.sub(r'(?<=\d)[:\-.](?=\d)', '', l)
        l2 = re.sub(r'\+', '', l2); l2 = re.sub(r'(?<=号)-(?=\d)', '', l2)  # ICP chrome
        m = re.findall(r'[!-/:-@\[-`{-~]', l2.replace('%', ''))
        if m: bad(name, f'ASCII punctuation {m} in line: {l[:40]}')
    han = len(re.findall(r'[\u4e00-\u9fff]', t))
    # title
    if d['title'] is not None and nonempty[0] != d['title']: bad(name, 'title is not first non-empty line')
    # headings in order as whole lines
    pos = 0
    for h in d['headings']:
        try: pos = nonempty.index(h, pos) + 1
        except ValueError: bad(name, f'heading not found in order: {h}')
    for a in d['authors']:
        if a['name'] not in t: bad(name, f'author name missing {a}')
        if a.get('position') and a['position'] not in t: bad(name, f'position missing {a}')
        if a['role'] not in ('记者', '首席记者', '通讯员', '编辑', '作者', '摄影'): bad(name, f'role {a}')
    if d['outlet'] and d['outlet'] not in t: bad(name, 'outlet missing')
    if d['date'] and not re.fullmatch(r'\d{4}-\d\d-\d\d(T\d\d:\d\d)?', d['date']): bad(name, 'date format')
    plain = t
    for q in QUOTES: plain = plain.replace(q, '')
    req, opt = d['programs']['required'], d['programs']['optional']
    if not 12 <= len(req) <= 18: bad(name, f'{len(req)} required names')
    for n in req + opt:
        if n not in plain and n not in t: bad(name, f'program not in text: {n}')
    if set(req) & set(opt): bad(name, f'both required and optional: {set(req) & set(opt)}')
    for n in req + opt:
        if n in allreq: bad(name, f'name shared with {allreq[n]}: {n}')
        allreq[n] = name
    for n in d['notPrograms']:
        if not re.search('[“‘]' + re.escape(n) + '。?[”’]', t): bad(name, f'notProgram not in quotes: {n}')
        if n in req or n in opt: bad(name, f'notProgram also program: {n}')
    for f in d['figures']:
        x = f['text']
        if x not in t: bad(name, f'figure text missing: {x}')
        if not value_in(x, f['value']): bad(name, f'value {f["value"]} not in {x}')
        if 'upper' in f and not value_in(x, f['upper']): bad(name, f'upper not in {x}')
        if f['unit'] not in x: bad(name, f'unit {f["unit"]} not in {x}')
        if f.get('qualifier'):
            if f['qualifier'] not in ('多', '余', '近', '超过', '约', '以上'): bad(name, 'qualifier kind')
            if f['qualifier'] not in x: bad(name, f'qualifier not in {x}')
        if not f['subject']: bad(name, 'empty subject')
    print(f'{name}: {han} Han, {len(req)} required, {len(opt)} optional, {len(d["notPrograms"])} notPrograms, {len(d["figures"])} figures, {len(d["headings"])} headings')
print('gold problems:', problems)
