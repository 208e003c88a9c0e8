# Reverse the dirty jianghan.txt and compare with clean/jianghan.txt line by line.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')

def rev(line):
    s = PY.sub('', line)
    s = t2s.convert(s)
    s = re.sub(r',(?=[,，。、?])', '', s)
    s = re.sub(r'(?<=\d):(?=\d)', '\x00', s)
    s = s.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return s.replace('\x00', ':')

for name in ['jianghan']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    assert len(clean) == len(dirty), (len(clean), len(dirty))
    bad = [(i, c, d) for i, (c, d) in enumerate(zip(clean, dirty)) if c != d]
    for i, c, d in bad:
        for k, (x, y) in enumerate(zip(c, d)):
            if x != y: print(i, 'clean', c[max(0,k-8):k+8], '| rev', d[max(0,k-8):k+8]); break
        else: print(i, 'length', len(c), len(d))
    print(name, len(clean), 'lines', 'OK' if not bad else f'{len(bad)} lines differ')
