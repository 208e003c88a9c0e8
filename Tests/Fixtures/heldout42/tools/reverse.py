# Reverse the dirty wuqing.txt and compare with clean/wuqing.txt line by line.
import re, os
from opencc import OpenCC
os.chdir('/work/pending/heldout42')
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(?<=\d):(?=\d\d)', '\x00', l)  # keep times
    l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return l.replace('\x00', ':')
for n in ['wuqing']:
    d = [rev(l) for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(d, c)) if a != b]
    print(n, 'lines', len(c), len(d), 'mismatches', len(bad) + abs(len(c) - len(d)))
    for x in bad[:5]: print(x)
