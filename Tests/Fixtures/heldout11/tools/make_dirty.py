#!/usr/bin/env python3
"""Makes the dirty xinchang.txt from clean/xinchang.txt, the way ../heldout7/README.md describes.

OpenCC s2tw line by line (opencc-python-reimplemented 0.1.7); toned pinyin (pypinyin 0.55.0,
pinyin(line, style=Style.TONE) on the whole simplified line) glued in parentheses after every Han
character the conversion changed; with random.seed(SEED) a junk ',' before '，' '。' '、' '？'
with probability P_JUNK; every '，' becomes ','; '：；（）？！' become ASCII; forum chrome added.
"""
import os, random
from opencc import OpenCC
from pypinyin import pinyin, Style

SEED = 20240612
P_JUNK = 0.30
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
cc = OpenCC('s2tw')
ASCII = str.maketrans({'：': ':', '；': ';', '（': '(', '）': ')', '？': '?', '！': '!'})

def is_han(c):
    return '\u4e00' <= c <= '\u9fff'

def convert(line):
    t = cc.convert(line)
    assert len(t) == len(line), line
    # one item per character: Han characters get toned pinyin, anything else is kept as itself
    per = [item[0] for item in pinyin(line, style=Style.TONE, errors=lambda x: [[c] for c in x])]
    assert len(per) == len(line), line
    out = []
    for s, c, p in zip(line, t, per):
        out.append(c)
        if is_han(s) and c != s:
            out.append('(' + p + ')')
    return ''.join(out)

def noise(line, rng):
    out = []
    for c in line:
        if c in '，。、？' and rng.random() < P_JUNK:
            out.append(',')
        out.append(c)
    s = ''.join(out).replace('，', ',')
    return s.translate(ASCII)

def main():
    random.seed(SEED)
    rng = random
    clean = open(os.path.join(ROOT, 'clean', 'xinchang.txt'), encoding='utf-8').read().split('\n')
    body = []
    for line in clean:
        body.append(noise(convert(line), rng) if line.strip() else line)
    title = body[0] + ' [复制链接]'
    head = ['新昌论坛', '登录 | 注册', ' ', '发新话题 回复该主题', '', title, '', '1#',
            '杭州哪里治疗痛风效果好 名医在线咨询 https://m.jiankang-zixun.cn/tf/a_58213.html', '']
    tail = ['', '分享 转发', 'TOP', '发新话题 回复该主题', '']
    text = '\n'.join(head + body[1:]).rstrip('\n') + '\n' + '\n'.join(tail)
    open(os.path.join(ROOT, 'xinchang.txt'), 'w', encoding='utf-8').write(text)
    n_ascii = text.count(',')
    n_junk = sum(text.count(',' + c) for c in ',，。、?')
    print('ASCII commas', n_ascii, 'junk', n_junk)

if __name__ == '__main__':
    main()
