# Reverse the dirty gulang.txt and compare with clean/gulang.txt line by line.
import re, os
from opencc import OpenCC
os.chdir(os.path.dirname(os.path.abspath(__file__)) + '/..')
t2s = OpenCC('t2s')
CHROME = {'阅读原文', '阅读 2368', '分享 收藏 点赞 在看', '写留言'}
def rev(line):
    s = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
    s = t2s.convert(s)
    s = re.sub(r',(?=[,，。、?])', '', s)
    s = re.sub(r'(?<=\d):(?=\d)', '\x00', s)          # keep times such as 08:30
    s = s.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return s.replace('\x00', ':')
for name in ['gulang']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip() and l not in CHROME]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    print(name, 'lines', len(clean), len(got), 'mismatches', len(bad) + abs(len(clean) - len(got)))
    for a, b in bad[:10]: print(' got ', a, '\n want', b)
