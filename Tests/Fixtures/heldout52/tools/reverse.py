# Reverse the dirty gushi.txt and compare with clean/gushi.txt line by line. Run from the batch folder.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(\d):(\d)', '\\1\x00\\2', l)  # keep clock times ASCII
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'})).replace('\x00', ':')
for name in ['gushi']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(clean, dirty) if a != b]
    print(name, 'clean lines', len(clean), 'dirty lines', len(dirty), 'mismatches', len(bad) + abs(len(clean) - len(dirty)))
    for a, b in bad[:5]: print(' C', a[:60]); print(' D', b[:60])
