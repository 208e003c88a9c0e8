# Reverse the dirty suining.txt and compare with clean/suining.txt line by line.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
FW = {',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}

def rev(line):
    s = PY.sub('', line)
    s = t2s.convert(s)
    s = re.sub(r',(?=[,，。、?])', '', s)
    # restore full-width punctuation, but keep the ASCII colon of a clock time
    out = []
    for i, c in enumerate(s):
        if c == ':' and i > 0 and i + 1 < len(s) and s[i-1].isdigit() and s[i+1].isdigit():
            out.append(c)
        else:
            out.append(FW.get(c, c))
    return ''.join(out)

for name in ['suining']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    assert len(got) == len(clean), (len(got), len(clean))
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    for a, b in bad[:5]:
        print('GOT ', a); print('WANT', b)
    print(name, len(clean), 'lines,', 'OK' if not bad else f'{len(bad)} mismatches')
