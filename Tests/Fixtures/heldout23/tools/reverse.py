# Reverse the dirty luanchuan.txt and compare with clean/luanchuan.txt line by line. Run from the batch folder.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
FW = str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'})

def rev(line):
    s = t2s.convert(PY.sub('', line))
    s = re.sub(r',(?=[,，。、?])', '', s)
    return s.translate(FW)

for name in ['luanchuan']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(got, clean)) if a != b]
    print(name, len(clean), 'clean lines,', len(got), 'reversed lines,', len(bad), 'differ')
    for i, a, b in bad:
        print(i, a); print(i, b)
