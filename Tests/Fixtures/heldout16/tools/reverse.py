# Reverse the dirty files and compare with the clean sources, line by line.
import re, os
from opencc import OpenCC
os.chdir(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]+\)')
CHROME = {'武义生活网', '登录 | 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}

def reverse(line):
    line = line.replace(' [复制链接]', '')
    line = PY.sub('', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))

ok = True
for name in ['jurong', 'wuyi']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and 'https://' not in l]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    rev = [reverse(l) for l in dirty]
    # metadata times/dates hold ASCII ':' only in none of these files; the credits line keeps 2023-11-28
    if len(rev) != len(clean): print(name, 'line count', len(rev), len(clean)); ok = False
    for a, b in zip(rev, clean):
        if a != b:
            ok = False
            print(name, 'MISMATCH'); print('  rev  ', a); print('  clean', b)
    print(name, 'lines', len(clean))
print('reversal OK' if ok else 'reversal FAILED')
