# Reverse the dirty luotian.txt and compare with clean/luotian.txt line by line.
import re, os
from opencc import OpenCC
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    return l
def fix_times(l):
    # metadata times keep their ASCII colon
    return re.sub(r'(\d\d)：(\d\d)', r'\1:\2', l)
for name in ['luotian']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [fix_times(rev(l)) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    assert len(clean) == len(dirty), (len(clean), len(dirty))
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(clean, dirty)) if a != b]
    for b in bad[:5]: print(b)
    print(name, len(clean), 'lines,', 'OK' if not bad else f'{len(bad)} differ')
