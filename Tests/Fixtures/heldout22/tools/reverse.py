# Reversal check: recover every non-empty clean line of the dirty files, in order.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
PY = re.compile(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]+\)')
CHROME = {'钱塘论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
FULL = str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'})
ok = True
for name in ['qiantang', 'keqiao']:
    dirty = open(f'{name}.txt', encoding='utf-8').read().split('\n')
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = []
    for l in dirty:
        if not l.strip() or l in CHROME or 'https://' in l: continue
        l = l.replace(' [复制链接]', '')
        l = t2s.convert(PY.sub('', l))
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = l.translate(FULL)
        got.append(l)
    same = got == clean
    ok &= same
    print(name, len(clean), 'clean lines,', 'reversal OK' if same else 'MISMATCH')
    if not same:
        for a, b in zip(got, clean):
            if a != b: print(' got ', a[:80]); print(' want', b[:80]); break
raise SystemExit(0 if ok else 1)
