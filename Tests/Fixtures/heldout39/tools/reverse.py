# Reverse the dirty huanjiang.txt and compare with every non-empty line of clean/huanjiang.txt.
import re, os, sys
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
sys.path.insert(0, 'tools')
from dirty import SPAM, CHROME_TOP, CHROME_END
t2s = OpenCC('t2s')
CHROME = set(l for l in CHROME_TOP + CHROME_END if l.strip()) | {SPAM, '1#'}
PY = r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)'

def reverse(l):
    l = l.replace(' [复制链接]', '')
    l = re.sub(PY, '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))

for name in ['huanjiang']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip() and l not in CHROME]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [reverse(l) for l in dirty]
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    print(name, 'lines', len(clean), 'reversed', len(got), 'mismatches', len(bad) + abs(len(got) - len(clean)))
    for a, b in bad[:5]: print(' got ', a, '\n want', b)
