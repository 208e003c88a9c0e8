# Make the dirty qingyuan.txt from clean/qingyuan.txt, the seeds' way (see README.md).
import os, random, re
from opencc import OpenCC
from pypinyin import pinyin, Style
HERE = os.path.dirname(os.path.abspath(__file__)); ROOT = os.path.dirname(HERE)
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

def punct(s, rng, junk):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(','); junk[0] += 1
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

CHROME_TOP = ['庆元生活网', '', '首页 › 论坛 › 菇乡热议', '', '登录 注册', '', ' ', '']
CHROME_AFTER_TITLE = ['', '楼主  电梯直达', '1#',
    '丽水哪家医院治疗白癜风好 在线咨询 https://m.39.net/pf/a_7302215.html', '']
CHROME_END = ['', '回复 举报', 'TOP', '发新话题 回复该主题']

def make(name, seed, ncredits):
    rng = random.Random(seed); junk = [0]
    lines = open(os.path.join(ROOT, 'clean', name + '.txt'), encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng, junk) if l.strip() else l for l in lines]
    title, body = conv[0], conv[1:]
    main, credits = body[:-ncredits], body[-ncredits:]
    out = CHROME_TOP + [title + ' [复制链接]'] + CHROME_AFTER_TITLE + main + [''] + credits + CHROME_END
    open(os.path.join(ROOT, name + '.txt'), 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(name, 'ascii commas', sum(l.count(',') for l in conv), 'junk', junk[0])

make('qingyuan', 20240709, 3)
