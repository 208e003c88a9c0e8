# Reverse the dirty yumin.txt and confirm that every non-empty clean line comes back in order.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
CHROME = {'裕民在线', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(l):
    l = l.replace(' [复制链接]', '')
    l = PY.sub('', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    l = l.replace(',', '，').replace('?', '？').replace('!', '！').replace(';', '；').replace('(', '（').replace(')', '）')
    l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
    l = l.replace(':', '：')
    return l
dirty = [l for l in open('yumin.txt', encoding='utf-8').read().split('\n')
         if l.strip() and l not in CHROME and 'https://' not in l]
clean = [l for l in open('clean/yumin.txt', encoding='utf-8').read().split('\n') if l.strip()]
got = [rev(l) for l in dirty]
assert len(got) == len(clean), (len(got), len(clean))
bad = [(a, b) for a, b in zip(got, clean) if a != b]
for a, b in bad[:5]: print('DIFF\n', a, '\n', b)
print('yumin: %d lines, %d differ' % (len(clean), len(bad)))
