# Confirm that the reversal described in README.md gives back every non-empty clean line of yinan.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'沂南论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')

def reverse(dirty):
    out = []
    for l in dirty.split('\n'):
        if not l.strip() or l in CHROME or l.startswith('临沂看白癜风'):
            continue
        l = l.replace(' [复制链接]', '')
        l = t2s.convert(PY.sub('', l))
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
        l = l.translate(str.maketrans({',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
        out.append(l)
    return out

clean = [l for l in open('clean/yinan.txt', encoding='utf-8').read().split('\n') if l.strip()]
got = reverse(open('yinan.txt', encoding='utf-8').read())
assert len(got) == len(clean), (len(got), len(clean))
bad = [(a, b) for a, b in zip(clean, got) if a != b]
for a, b in bad:
    print('CLEAN', a); print('GOT  ', b)
print('yinan', len(clean), 'lines,', len(bad), 'differ')
