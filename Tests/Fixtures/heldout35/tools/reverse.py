# Check that the dirty files reverse to their clean sources, line by line.
import os, re
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
CHROME = {'开平网', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
PY = re.compile(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+)\)')
ok = True
for name in ['wenchang', 'kaiping']:
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = []
    for l in open(f'{name}.txt', encoding='utf-8').read().split('\n'):
        if not l.strip() or l in CHROME or 'https://' in l: continue
        l = l.replace(' [复制链接]', '')
        l = t2s.convert(PY.sub('', l))
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = l.replace(',', '，').replace(':', '：').replace(';', '；').replace('?', '？').replace('!', '！')
        l = l.replace('(', '（').replace(')', '）')
        # restore metadata times such as 10：21 (none in these files)
        got.append(l)
    same = got == clean
    if not same:
        ok = False
        for a, b in zip(got, clean):
            if a != b: print(name, 'DIFF\n ', a, '\n ', b); break
    print(name, 'lines', len(clean), 'reversed ok' if same else 'MISMATCH', len(got))
print('ok' if ok else 'FAILED')
