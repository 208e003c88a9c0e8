# Check that the dirty fengjie.txt reverses to clean/fengjie.txt line by line.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
def rev(l):
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(';', '；').replace('?', '？').replace('!', '！').replace('(', '（').replace(')', '）')
    l = re.sub(r':(?!\d\d$)', '：', l)
    return l
for name in ['fengjie']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(clean, dirty) if a != b]
    print(name, len(clean), 'clean lines', len(dirty), 'reversed lines', 'mismatches', len(bad) + abs(len(clean) - len(dirty)))
    for a, b in bad[:5]: print(' ', a, '\n ', b)
