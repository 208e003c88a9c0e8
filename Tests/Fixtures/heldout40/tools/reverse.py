# Confirm that the reversal in README.md gives back every non-empty clean line of xiushui.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
def reverse(line):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
    s = t2s.convert(s)
    s = re.sub(r',(?=[,，。、?])', '', s)
    s = s.replace(',', '，').replace(':', '：').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    # restore the ASCII colon of the clock time
    s = re.sub(r'(\d)：(\d)', r'\1:\2', s)
    return s
for name in ['xiushui']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [reverse(l) for l in dirty]
    ok = got == clean
    if not ok:
        for a, b in zip(got, clean):
            if a != b: print('DIFF\n', a, '\n', b); break
    print(name, 'lines', len(clean), 'reversal ok' if ok else 'REVERSAL FAILED')
