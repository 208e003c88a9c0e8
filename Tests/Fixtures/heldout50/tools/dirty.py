# Make the dirty mohe.txt from clean/mohe.txt, the seeds' way (see README.md). Run from the folder above tools/.
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

def punct(s, rng, junk):
    out = []
    for c in s:
        if c in '，。、？' and rng.random() < 0.33:
            out.append(','); junk[0] += 1
        out.append(c)
    s = ''.join(out)
    return s.translate(str.maketrans({'，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'}))

rng = random.Random(20240513)
junk = [0]
lines = open('clean/mohe.txt', encoding='utf-8').read().split('\n')
if lines and lines[-1] == '': lines = lines[:-1]
conv = [punct(convert_line(l), rng, junk) if l.strip() else l for l in lines]
title, body = conv[0], conv[1:]
main, credits = body[:-4], body[-4:]
out = ['漠河论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '',
       title + ' [复制链接]', '', '1#',
       '哈尔滨哪家医院看牛皮癣好 专家在线解答 预约挂号 https://m.39.net/pf/a_8203417.html', '']
out += main + [''] + credits + ['', '分享 转发', 'TOP', '发新话题 回复该主题']
open('mohe.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
print('mohe ascii commas', sum(l.count(',') for l in out), 'junk', junk[0])
