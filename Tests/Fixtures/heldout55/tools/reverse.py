# Reverse the dirty wangjiang.txt and compare with every non-empty line of clean/wangjiang.txt.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
def rev(l):
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['wangjiang']:
    d = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(d, c) if a != b]
    print(name, len(c), 'clean lines,', len(d), 'reversed,', len(bad), 'differ')
    for a, b in bad[:5]: print(' got ', a[:60]); print(' want', b[:60])
