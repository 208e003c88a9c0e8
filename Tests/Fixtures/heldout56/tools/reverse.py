# Reverse the dirty wuan.txt and compare with clean/wuan.txt line by line.
import re, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
def rev(l):
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)  # keep the time colon 08:20
    return l
ok = True
for name in ['wuan']:
    d = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    if len(d) != len(c): print(name, 'line count', len(d), len(c)); ok = False
    for i, (a, b) in enumerate(zip(d, c)):
        if a != b:
            ok = False; print(name, i, '\n ', a, '\n ', b)
    print(name, 'lines', len(c), 'OK' if ok else 'DIFF')
sys.exit(0 if ok else 1)
