# Reverse the dirty chongzhou.txt and compare with clean/chongzhou.txt line by line.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
    return l.translate(str.maketrans({',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['chongzhou']:
    d = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(d, c) if a != b]
    print(name, 'lines', len(c), len(d), 'mismatches', len(bad) + abs(len(c) - len(d)))
    for a, b in bad[:5]: print(' ', a[:60]); print(' ', b[:60])
