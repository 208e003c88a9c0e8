# Make dirty variants of wencheng and panan from clean/NAME.txt, as described in README.md.
# Modelled on heldout14's tools/dirty.py. Run from the batch folder.
import random, re
from opencc import OpenCC
from pypinyin import pinyin, Style
s2tw = OpenCC('s2tw')
HAN = re.compile(r'[\u4e00-\u9fff]')

def convert_line(line):
    tw = s2tw.convert(line)
    assert len(tw) == len(line), (line, tw)
    items = pinyin(line, style=Style.TONE)
    py = [None]*len(line); i = 0
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

def punct(s, rng, stats):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(','); stats['junk'] += 1
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

def make(name, seed, chrome):
    rng = random.Random(seed)
    stats = {'junk': 0}
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng, stats) if l.strip() else l for l in lines]
    if chrome:
        title, body = conv[0], conv[1:]
        main, credits = body[:-4], body[-4:]
        out = ['磐安在线', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
               title + ' [复制链接]', '', '1#',
               '金华哪家医院看鼻炎好 专家在线答疑 预约挂号 https://m.39.net/pf/a_7316259.html', '']
        out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    else:
        out = conv
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(name, 'ascii commas', sum(l.count(',') for l in out), 'junk', stats['junk'])

make('wencheng', 20240417, chrome=False)
make('panan', 20240702, chrome=True)
