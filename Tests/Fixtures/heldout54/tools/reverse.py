# Reverse the dirty jiaojiang.txt and compare with every non-empty line of clean/jiaojiang.txt.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'椒江论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(name):
    out = []
    for l in open(f'{name}.txt', encoding='utf-8').read().split('\n'):
        if not l.strip() or l in CHROME or 'https://' in l: continue
        l = l.replace(' [复制链接]', '')
        l = t2s.convert(PY.sub('', l))
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
        out.append(l)
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(out, clean) if a != b]
    print(name, 'lines', len(out), 'clean', len(clean), 'mismatches', len(bad) + abs(len(out) - len(clean)))
    for a, b in bad[:5]: print(' got ', a[:60]); print(' want', b[:60])
rev('jiaojiang')
