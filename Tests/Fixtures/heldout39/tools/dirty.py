# Make the dirty huanjiang.txt from clean/huanjiang.txt, the seeds' way (see README.md).
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

SPAM = '南宁治疗白癜风哪家医院好 在线咨询 预约挂号 https://m.39.net/pf/a_7263518.html'
CHROME_TOP = ['河池论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '']
CHROME_END = ['', '分享 转发', 'TOP', '发新话题 回复该主题']

def make(name, seed):
    rng = random.Random(seed)
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng) if l.strip() else l for l in lines]
    title, credit, main, editor = conv[0], conv[1], conv[2:-1], conv[-1]
    out = CHROME_TOP + [title + ' [复制链接]', '', '1#', SPAM, '', credit, ''] + main + ['', editor] + CHROME_END
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    body = '\n'.join([title, credit] + main + [editor])
    print(name, 'ascii commas', body.count(','))

if __name__ == '__main__':
    make('huanjiang', 20240603)
