# Reverse the dirty xinyi.txt and compare with the clean non-empty lines.
import re, os
from opencc import OpenCC
os.chdir('/work/pending/heldout46')
t2s = OpenCC('t2s')
def rev(line):
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    line = re.sub(r'(?<!\d):|:(?!\d)', '：', line)   # keep the ASCII colon of the time 07:20
    return line.translate(str.maketrans({',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
ok = True
for n in ['xinyi']:
    d = [l for l in open(n + '.txt', encoding='utf-8').read().split('\n') if l.strip()]
    c = [l for l in open('clean/' + n + '.txt', encoding='utf-8').read().split('\n') if l.strip()]
    r = [rev(l) for l in d]
    if len(r) != len(c): print(n, 'line count', len(r), len(c)); ok = False
    for i, (a, b) in enumerate(zip(r, c)):
        if a != b:
            ok = False
            print(n, i, [(j, x, y) for j, (x, y) in enumerate(zip(a, b)) if x != y][:5], len(a), len(b))
    print(n, 'lines', len(c), 'OK' if ok else 'MISMATCH')
