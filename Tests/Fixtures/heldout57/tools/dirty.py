# Make the dirty variant of yanchi from clean/yanchi.txt, the seeds' way (see README.md).
import random, re, os
from opencc import OpenCC
from pypinyin import pinyin, Style
os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
s2tw = OpenCC('s2tw')
HAN = re.compile(r'[\u4e00-\u9fff]')

def convert_line(line):
    tw = s2tw.convert(line)
    assert len(tw) == len(line), (line, tw)
    items = pinyin(line, style=Style.TONE)
    py = [None] * len(line); i = 0
    for it in items:
        s = it[0]
        if i < len(line) and HAN.match(line[i]):
            py[i] = s; i += 1
        else:
            i += len(s)
    assert i == len(line), line
    out = []
    for c0, c1, p in zip(line, tw, py):
        out.append(c1)
        if c0 != c1 and HAN.match(c0):
            out.append('(' + p + ')')
    return ''.join(out)

def punct(s, rng):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(',')
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

HEAD = ['搜狐', '首页 新闻 体育 汽车 房产 旅游 教育 时尚 科技 财经 娱乐 更多', '']
TAIL = ['', '返回搜狐，查看更多', '',
        '平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。', '阅读 (2893)']

def make(name, seed):
    rng = random.Random(seed)
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng) if l.strip() else l for l in lines]
    out = HEAD + conv + TAIL
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    body = '\n'.join(conv)
    junk = len(re.findall(r',(?=[,，。、?])', body))
    print(name, 'ascii commas', body.count(','), 'junk', junk)

if __name__ == '__main__':
    make('yanchi', 20230921)
