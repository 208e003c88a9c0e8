#!/usr/bin/env python3
"""Make the dirty xuzhou.txt from clean/xuzhou.txt (seed-style forum repost)."""
import random, re, sys
from opencc import OpenCC
from pypinyin import pinyin, Style
SEED = 20240628
s2tw = OpenCC('s2tw')
HAN = re.compile(r'[\u4e00-\u9fff]')

def py_per_char(line):
    out = pinyin(line, style=Style.TONE, errors=lambda x: [[c] for c in x])
    # flatten to one reading per character
    flat = []
    for item in out:
        flat.append(item[0])
    assert len(flat) == len(line), (len(flat), len(line), line)
    return flat

def convert(line):
    tw = s2tw.convert(line)
    assert len(tw) == len(line), line
    py = py_per_char(line)
    res = []
    for a, b, p in zip(line, tw, py):
        res.append(b)
        if a != b and HAN.match(a):
            res.append('(' + p + ')')
    return ''.join(res)

def noise(line, rng, stats):
    out = []
    for ch in line:
        if ch in '，。、？' and rng.random() < 0.33:
            out.append(','); stats['junk'] += 1
        out.append(ch)
    t = ''.join(out)
    t = t.replace('，', ',')
    for a, b in zip('：；（）？！', ':;()?!'):
        t = t.replace(a, b)
    return t

def main():
    clean = open('clean/xuzhou.txt', encoding='utf-8').read().split('\n')
    if clean and clean[-1] == '': clean = clean[:-1]
    rng = random.Random()
    random.seed(SEED)
    rng = random
    stats = {'junk': 0}
    title = convert(clean[0]) + ' [复制链接]'
    body = [noise(convert(l), rng, stats) for l in clean[1:]]
    head = ['徐州论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '', title, '', '1#',
            '徐州哪家医院看皮肤病好 专家在线解答 预约挂号 https://m.xzpfb120.com/zx/56203.html', '']
    tail = ['', '分享 转发', 'TOP', '发新话题 回复该主题']
    text = '\n'.join(head + body + tail) + '\n'
    open('xuzhou.txt', 'w', encoding='utf-8').write(text)
    print('junk commas:', stats['junk'], 'ASCII commas:', text.count(','))

if __name__ == '__main__':
    main()
