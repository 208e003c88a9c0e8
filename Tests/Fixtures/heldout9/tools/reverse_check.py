import re, opencc
t2s = opencc.OpenCC('t2s')
CHROME = {'花垣论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
FULL = {',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}
def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    return ''.join(FULL.get(c, c) for c in line)
dirty = [l for l in open('/work/pending/heldout9/huayuan.txt', encoding='utf-8').read().split('\n')
         if l.strip() and l not in CHROME and not l.startswith('长沙看白癜风')]
clean = [l for l in open('/work/pending/heldout9/clean/huayuan.txt', encoding='utf-8').read().split('\n') if l.strip()]
got = [rev(l) for l in dirty]
assert len(got) == len(clean), (len(got), len(clean))
bad = 0
for a, b in zip(got, clean):
    if a != b:
        bad += 1
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print('DIFF', i, repr(a[max(0,i-10):i+10]), repr(b[max(0,i-10):i+10])); break
print('lines', len(clean), 'mismatches', bad)
