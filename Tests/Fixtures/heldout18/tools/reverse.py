# Check that the reversal described in README.md gives back every non-empty clean line of meitan.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')

def reverse_line(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(';', '；').replace('?', '？').replace('!', '！')
    l = l.replace('(', '（').replace(')', '）')
    l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
    return l

for name in ['meitan']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [reverse_line(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    assert len(clean) == len(dirty), (len(clean), len(dirty))
    bad = [(a, b) for a, b in zip(clean, dirty) if a != b]
    for a, b in bad: print('CLEAN', a); print('BACK ', b)
    print(name, len(clean), 'lines,', len(bad), 'differ')
