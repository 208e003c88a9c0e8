# Reverse the dirty zhaojue.txt and compare with clean/zhaojue.txt line by line.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return l
for name in ['zhaojue']:
    d = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(d, c)) if a != b]
    print(name, 'lines', len(c), len(d), 'mismatches', len(bad))
    for i, a, b in bad[:5]: print(i, a, '\n ', b)
