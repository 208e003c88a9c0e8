# Reverse the dirty qingyuan.txt and compare with the non-empty lines of clean/qingyuan.txt.
import os, re
from opencc import OpenCC
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
t2s = OpenCC('t2s')
CHROME = {'庆元生活网', '首页 › 论坛 › 菇乡热议', '登录 注册', '楼主  电梯直达', '1#', '回复 举报', 'TOP', '发新话题 回复该主题'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zA-Züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['qingyuan']:
    dirty = [l for l in open(os.path.join(ROOT, name + '.txt'), encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and 'https://' not in l]
    clean = [l for l in open(os.path.join(ROOT, 'clean', name + '.txt'), encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    assert len(got) == len(clean), (len(got), len(clean))
    for a, b in zip(got, clean):
        assert a == b, (a, b)
    print(name, 'reversal ok,', len(clean), 'lines')
