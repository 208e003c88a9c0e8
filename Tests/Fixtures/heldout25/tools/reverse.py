# Check that the dirty yangzhong.txt reverses to clean/yangzhong.txt line by line.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
def rev(l):
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for n in ['yangzhong']:
    d = [l for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    r = [rev(l) for l in d]
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(r, c)) if a != b]
    print(n, len(c), 'clean lines,', len(d), 'dirty lines,', 'mismatches', len(bad) + abs(len(r)-len(c)))
    for x in bad[:5]: print(x)
