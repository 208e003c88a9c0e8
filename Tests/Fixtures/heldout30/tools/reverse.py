# Reverse the dirty files and compare with the clean non-empty lines. Run from the batch folder.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'磐安在线', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹ]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return line.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
ok = True
for name in ['wencheng', 'panan']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in dirty if l not in CHROME and 'https://' not in l]
    back = [rev(l) for l in dirty]
    # restore decimal points and times that the punctuation map must not touch
    same = back == clean
    if not same:
        for a, b in zip(back, clean):
            if a != b: print('DIFF', name, a[:60], '|', b[:60]); break
        ok = False
    print(name, len(clean), 'lines', 'OK' if same else 'MISMATCH')
print('all ok' if ok else 'FAIL')
