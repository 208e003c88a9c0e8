# Reverse the dirty xiaoyi.txt and compare with clean/xiaoyi.txt line by line (run from the set folder).
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
def rev(l):
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    l = re.sub(r'：(\d\d)', r':\1', re.sub(r':', '：', l))
    return l
for n in ['xiaoyi']:
    d = [rev(l) for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(d, c)) if a != b]
    print(n, len(d), 'lines', len(c), 'clean lines', 'mismatches', len(bad) + abs(len(d) - len(c)))
    for i, a, b in bad[:5]: print(i, a[:60], '|', b[:60])
