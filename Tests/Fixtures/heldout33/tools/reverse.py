# Recover the clean non-empty lines of qinglong from the dirty file and compare.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'晴隆论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    # ASCII to full width, but keep times (18:30)
    line = re.sub(r'(?<!\d):|:(?!\d)', '：', line)
    return line.translate(str.maketrans({',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['qinglong']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n')
             if l.strip() and l not in CHROME and not l.startswith('贵阳哪家医院')]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    print(name, 'lines', len(got), len(clean), 'mismatches', len(bad) + abs(len(got) - len(clean)))
    for a, b in bad[:5]: print(' got ', a, '\n want', b)
