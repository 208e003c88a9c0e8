# Check that the dirty wugong.txt reverses to clean/wugong.txt line by line. Run from the set folder.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['wugong']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(clean, dirty) if a != b]
    print(name, len(clean), 'clean lines', len(dirty), 'reversed lines', 'mismatches', len(bad) + abs(len(clean) - len(dirty)))
    for a, b in bad[:5]: print(' clean:', a[:80]); print(' rev  :', b[:80])
