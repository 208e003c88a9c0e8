# Reverse the dirty qidong.txt and compare with every non-empty line of clean/qidong.txt.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = re.sub(r'(?<=\d)\:(?=\d)', '\0', l)
    l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return l.replace('\0', ':')
for name in ['qidong']:
    dirty = [rev(l) for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    ok = dirty == clean
    if not ok:
        for a, b in zip(dirty, clean):
            if a != b: print('DIFF\n', a, '\n', b); break
    print(name, 'lines', len(clean), 'reversal', 'ok' if ok else 'FAILED')
