# Make the dirty rudong.txt from clean/rudong.txt, as described in README.md. Run from the batch folder.
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
    out = []; junk = 0
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(','); junk += 1
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'})), junk

def make(name, seed):
    rng = random.Random(seed)
    lines = open(f'clean/{name}.txt', encoding='utf-8').read().split('\n')
    if lines and lines[-1] == '': lines = lines[:-1]
    conv = []; junk = 0
    for l in lines:
        if l.strip():
            c, j = punct(convert_line(l), rng); junk += j; conv.append(c)
        else:
            conv.append(l)
    title, body = conv[0], conv[1:]
    main, credits = body[:-5], body[-4:]   # body[-5] is the blank line before the credits
    out = ['如东论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
           title + ' [复制链接]', '', '1#',
           '南通哪家医院看白癜风好 专家在线答疑 预约挂号 https://m.39.net/pf/a_8316027.html', '']
    out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    print(name, 'ascii commas', sum(l.count(',') for l in out), 'junk', junk)

make('rudong', 20240826)
