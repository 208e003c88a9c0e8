# Reverse the dirty files and compare with the clean non-empty lines.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'遂昌网', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
ok = True
for n in ['gaoyou', 'suichang']:
    d = [l for l in open(n + '.txt', encoding='utf-8').read().split('\n') if l.strip()]
    d = [l for l in d if l not in CHROME and 'https://' not in l]
    c = [l for l in open('clean/' + n + '.txt', encoding='utf-8').read().split('\n') if l.strip()]
    r = [rev(l) for l in d]
    if len(r) != len(c): print(n, 'line count', len(r), len(c)); ok = False
    for i, (a, b) in enumerate(zip(r, c)):
        if a != b:
            ok = False
            diff = [(j, x, y) for j, (x, y) in enumerate(zip(a, b)) if x != y]
            print(n, i, diff[:5], len(a), len(b))
    print(n, 'lines', len(c), 'OK' if ok else 'MISMATCH')
