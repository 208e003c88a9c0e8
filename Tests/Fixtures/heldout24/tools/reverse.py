# Reverse the dirty chongming.txt and compare with clean/chongming.txt line by line.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    l = re.sub(r'(?<![0-9]):|:(?![0-9])', '：', l)
    return l
bad = 0
for name in ['chongming']:
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    if len(dirty) != len(clean): print(name, 'line count', len(dirty), len(clean)); bad += 1
    for i, (a, b) in enumerate(zip(dirty, clean)):
        if a != b:
            bad += 1; print(name, i + 1, '\n  got ', a, '\n  want', b)
    print(name, 'lines', len(clean), 'mismatches', bad)
