# Check that reversing the dirty mohe.txt gives back every non-empty line of clean/mohe.txt in order.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'漠河论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(l):
    l = l.replace(' [复制链接]', '')
    l = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
dirty = [l for l in open('mohe.txt', encoding='utf-8').read().split('\n')
         if l.strip() and l not in CHROME and 'https://' not in l]
clean = [l for l in open('clean/mohe.txt', encoding='utf-8').read().split('\n') if l.strip()]
got = [rev(l) for l in dirty]
bad = [(a, b) for a, b in zip(got, clean) if a != b]
print('lines', len(got), len(clean), 'mismatches', len(bad) + abs(len(got) - len(clean)))
for a, b in bad[:5]: print(a, '\n', b)
