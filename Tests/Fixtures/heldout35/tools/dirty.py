# Make dirty variants of wenchang and kaiping from clean/NAME.txt, the seeds' way (see README.md).
import os, random, re
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

def punct(s, rng, counter):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(','); counter[0] += 1
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

def make(name, seed, chrome):
    rng = random.Random(seed); junk = [0]
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng, junk) if l.strip() else l for l in lines]
    if chrome:
        title, body = conv[0], conv[1:]
        main, credits = body[:-4], body[-4:]
        out = ['开平网', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
               title + ' [复制链接]', '', '1#',
               '江门哪家医院看湿疹好 专家在线答疑 预约挂号 https://m.39.net/pf/a_8260417.html', '']
        out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    else:
        out = conv
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(name, 'ascii commas', sum(l.count(',') for l in out), 'junk', junk[0])

make('wenchang', 20240516, chrome=False)
make('kaiping', 20240603, chrome=True)
