# Reverse the dirty gulou.txt and compare with the non-empty lines of clean/gulou.txt.
import re, os
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(__file__), '..'))
t2s = OpenCC('t2s')
CHROME = {'鼓楼网', '登录 注册', ' ', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(l):
    l = l.replace(' [复制链接]', '')
    l = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]+\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    return l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['gulou']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and not l.startswith('福州哪家医院')]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    assert len(got) == len(clean), (len(got), len(clean))
    for a, b in bad: print('DIFF\n', a, '\n', b)
    print(name, len(clean), 'lines', 'OK' if not bad else f'{len(bad)} differ')
