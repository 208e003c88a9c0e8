# Check that the dirty pingyang.txt reverses to the non-empty lines of clean/pingyang.txt.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'平阳在线', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
PY = re.compile(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)')
def rev(name):
    out = []
    for l in open(f'{name}.txt', encoding='utf-8').read().split('\n'):
        if not l.strip() or l in CHROME or 'https://' in l: continue
        l = l.replace(' [复制链接]', '')
        l = t2s.convert(PY.sub('', l))
        l = re.sub(r',(?=[,，。、?])', '', l)
        l = l.translate(str.maketrans({',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
        # times in metadata keep their ASCII colon
        l = re.sub(r'(\d{2})：(\d{2})', r'\1:\2', l)
        out.append(l)
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    bad = [(a, b) for a, b in zip(out, clean) if a != b]
    print(name, len(out), 'lines;', len(clean), 'clean lines;', 'OK' if not bad and len(out) == len(clean) else bad[:3])
rev('pingyang')
