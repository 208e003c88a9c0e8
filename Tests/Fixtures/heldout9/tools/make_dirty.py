# Builds huayuan.txt (dirty) from clean/huayuan.txt, the heldout7 way.
import random, re
import opencc
from pypinyin import pinyin, Style

cc = opencc.OpenCC('s2tw')
HAN = re.compile(r'[\u4e00-\u9fff]')

def glue(line):
    tw = cc.convert(line)
    assert len(tw) == len(line), line
    items = pinyin(line, style=Style.TONE)
    out, i = [], 0
    for it in items:
        s = it[0]
        if i < len(line) and HAN.match(line[i]):
            c, t = line[i], tw[i]
            out.append(t + (f'({s})' if t != c else ''))
            i += 1
        else:
            seg = line[i:i + len(s)]
            assert seg == s, (seg, s)
            out.append(tw[i:i + len(s)])
            i += len(s)
    assert i == len(line)
    return ''.join(out)

ASCII = {'：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}

def punct(line):
    out = []
    for ch in line:
        if ch in '，。、？' and random.random() < 0.33:
            out.append(',')
        if ch == '，':
            out.append(',')
        else:
            out.append(ASCII.get(ch, ch))
    return ''.join(out)

random.seed(20231128)
clean = open('/work/pending/heldout9/clean/huayuan.txt', encoding='utf-8').read().split('\n')
body = [punct(glue(l)) if l.strip() else l for l in clean]
title = body[0]
head = ['花垣论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
        title + ' [复制链接]', '', '1#',
        '长沙看白癜风哪家医院好 专家在线解答 预约挂号 https://m.hnbdf0731.com/zx/36215.html', '']
tail = ['', '分享 转发', 'TOP', '发新话题 回复该主题', '']
out = '\n'.join(head + body[1:] + tail)
out = re.sub(r'\n{3,}', '\n\n', out)
open('/work/pending/heldout9/huayuan.txt', 'w', encoding='utf-8').write(out)
n = out.count(',')
print('ascii commas', n)
