# Make the dirty linqing.txt from clean/linqing.txt, as described in README.md. Run from the set folder.
import random, re
from opencc import OpenCC
from pypinyin import pinyin, Style
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

def make(name, seed):
    rng = random.Random(seed); junk = [0]
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = [punct(convert_line(l), rng, junk) if l.strip() else l for l in lines]
    title, body = conv[0], conv[1:]
    while body and not body[0].strip(): body = body[1:]
    main, credits = body[:-4], body[-4:]            # credits block = last four lines
    while main and not main[-1].strip(): main = main[:-1]
    out = ['临清信息港', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
           title + ' [复制链接]', '', '1#',
           '聊城治疗白癜风医院哪家好 在线咨询 预约挂号 https://m.39.net/pf/a_7286143.html', '']
    out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(name, 'ascii commas', sum(l.count(',') for l in out), 'junk', junk[0])

make('linqing', 20240527)
