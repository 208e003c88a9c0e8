# Confirm that reversing the dirty changyuan.txt gives back every non-empty clean line in order.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]+\)')
def rev(line):
    s = PY.sub('', line)
    s = t2s.convert(s)
    s = re.sub(r',(?=[,，。、?])', '', s)
    s = s.replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    # a colon is ASCII only in the metadata time of the second line
    s = re.sub(r'(?<!\d):|:(?!\d)', '：', s)
    return s
for name in ['changyuan']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    assert len(got) == len(clean), (len(got), len(clean))
    for i, (a, b) in enumerate(zip(got, clean)):
        if a != b:
            print('MISMATCH', i, '\n', a, '\n', b); raise SystemExit(1)
    print(name, 'reversal ok,', len(clean), 'lines')
