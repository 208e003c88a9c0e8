# Reverse the dirty ruian.txt and compare with every non-empty line of clean/ruian.txt.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['ruian']:
    d = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    r = [rev(l) for l in d]
    # times like 07:40 keep their ASCII colon in the clean text
    r = [re.sub(r'(\d)：(\d)', r'\1:\2', l) for l in r]
    bad = [(a, b) for a, b in zip(r, c) if a != b]
    print(name, 'lines', len(c), 'same count', len(r) == len(c), 'mismatches', len(bad))
    for a, b in bad[:5]: print(' got ', a[:60]); print(' want', b[:60])
