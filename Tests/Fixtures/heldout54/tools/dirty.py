# Make the dirty jiaojiang.txt from clean/jiaojiang.txt, as described in README.md (run from the set folder).
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

def punct(s, rng):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(',')
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

def make(name, seed):
    rng = random.Random(seed)
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng) if l.strip() else l for l in lines]
    title, body = conv[0], conv[1:]
    main, credits = body[:-2], body[-2:]          # 来源 and 责任编辑 lines
    out = ['椒江论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
           title + ' [复制链接]', '', '1#',
           '台州哪家医院治疗痛风好 专家在线解答 预约挂号 https://m.39.net/pf/a_8136204.html', '']
    out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    n_all = sum(l.count(',') for l in out)
    n_clean = sum(l.count('，') for l in lines)
    print(name, 'ascii commas', n_all, 'junk', n_all - n_clean)

make('jiaojiang', 20240613)
