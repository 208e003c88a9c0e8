# Check that the reversal described in README.md gives back every non-empty clean line of linqing, in order.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'临清信息港', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}

def reverse(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    line = re.sub(r'(?<=\d),(?=\d)', '\x00', line)
    line = line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
    return line.replace('\x00', ',')

def check(name):
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and 'https://' not in l]
    rev = [reverse(l) for l in dirty]
    # times such as 08:31 would be broken by the colon rule; linqing has none
    bad = [(i, a, b) for i, (a, b) in enumerate(zip(clean, rev)) if a != b]
    assert len(clean) == len(rev), (len(clean), len(rev))
    for b in bad[:5]: print(b)
    print(name, 'lines', len(clean), 'mismatches', len(bad))
    return not bad

check('linqing')
