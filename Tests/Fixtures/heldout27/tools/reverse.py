# Reverse the dirty files and compare with the non-empty clean lines.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'平江在线', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    line = line.replace(',', '，').replace(';', '；').replace('(', '（').replace(')', '）').replace('?', '？').replace('!', '！')
    line = re.sub(r'(?<!\d):|:(?!\d)', '：', line)
    return line
ok = True
for n in ['changge', 'pingjiang']:
    clean = [l for l in open(f'clean/{n}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in open(f'{n}.txt', encoding='utf-8').read().split('\n') if l.strip()
             and l not in CHROME and 'https://' not in l]
    got = [rev(l) for l in dirty]
    same = got == clean
    ok &= same
    print(n, len(clean), 'lines', 'OK' if same else 'MISMATCH')
    if not same:
        for a, b in zip(got, clean):
            if a != b: print(' got ', a[:80]); print(' want', b[:80]); break
print('all OK' if ok else 'FAIL')
