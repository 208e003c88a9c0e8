# Reverse the dirty weixian.txt and compare with clean/weixian.txt line by line.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(?<!\d),|,(?!\d)', '，', l)
    return l.translate(str.maketrans({':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for n in ['weixian']:
    d = [rev(l) for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(d, c) if a != b]
    print(n, len(c), 'lines', 'OK' if len(d) == len(c) and not bad else ('MISMATCH', len(d), bad[:3]))
