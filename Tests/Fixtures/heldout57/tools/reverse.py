# Confirm that the reversal described in README.md recovers every non-empty clean line of yanchi in order.
import re, os
from opencc import OpenCC
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
t2s = OpenCC('t2s')
CHROME = {'搜狐', '首页 新闻 体育 汽车 房产 旅游 教育 时尚 科技 财经 娱乐 更多', '返回搜狐，查看更多',
          '平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '阅读 (2893)'}
def rev(l):
    l = re.sub(r'\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+)\)', '', l)
    l = t2s.convert(l)
    l = re.sub(r',(?=[,，。、?])', '', l)
    # ASCII punctuation back to full width; keep ':' inside a time (11:46)
    l = re.sub(r'(?<!\d):|:(?!\d)', '：', l)
    return l.translate(str.maketrans({',': '，', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))
for name in ['yanchi']:
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip() and l not in CHROME]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    bad = [(a, b) for a, b in zip(got, clean) if a != b]
    assert len(got) == len(clean), (len(got), len(clean))
    for a, b in bad[:5]: print('DIFF\n', a, '\n', b)
    print(name, len(clean), 'lines', 'OK' if not bad else f'{len(bad)} differ')
