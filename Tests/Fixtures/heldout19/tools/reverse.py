# Reverse the dirty files and compare with the clean lines (run from the set folder).
import re, sys
from opencc import OpenCC

t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
CHROME = {'北仑人论坛', '登录 | 立即注册', '发新话题 回复该主题', '楼主', '分享 收藏', 'TOP', '返回列表 发新话题'}

def reverse(line):
    line = line.replace(' [复制链接]', '')
    line = PY.sub('', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）',
                                         '?': '？', '!': '！'}))

bad = 0
for name in ['xiangcheng', 'beilun']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and not l.startswith('宁波看甲状腺')]
    back = [reverse(l) for l in dirty]
    if len(back) != len(clean):
        print(name, 'line count', len(back), len(clean)); bad += 1
    for i, (a, b) in enumerate(zip(back, clean)):
        if a != b:
            bad += 1
            diff = [(j, x, y) for j, (x, y) in enumerate(zip(a, b)) if x != y][:5]
            print(name, 'line', i + 1, 'differs:', diff)
    print(name, len(clean), 'clean lines checked')
print('reversal ok' if not bad else f'{bad} problems')
sys.exit(1 if bad else 0)
