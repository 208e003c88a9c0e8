# Reverse the dirty xinbaerhuyouqi.txt and compare with every non-empty clean line.
import re, os
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for n in ['xinbaerhuyouqi']:
    d = [rev(l) for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(d, c) if a != b]
    print(n, 'lines', len(c), len(d), 'mismatches', len(bad) + abs(len(c) - len(d)))
    for a, b in bad[:5]: print(' got ', a, '\n want', b)
