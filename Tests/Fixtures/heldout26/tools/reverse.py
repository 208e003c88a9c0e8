# Reverse the dirty qingtian.txt and compare with clean/qingtian.txt line by line.
import re, os
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)')
def rev(l):
    l = t2s.convert(PY.sub('', l))
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(\d):(\d\d)', '\\1\x00\\2', l)  # keep clock times
    l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return l.replace('\x00', ':')
for n in ['qingtian']:
    d = [rev(l) for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(d, c) if a != b]
    print(n, 'lines', len(c), len(d), 'mismatches', len(bad) + abs(len(c) - len(d)))
    for a, b in bad[:5]: print(' got ', a); print(' want', b)
