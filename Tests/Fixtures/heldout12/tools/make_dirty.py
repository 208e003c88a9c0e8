#!/usr/bin/env python3
"""Makes the dirty texts of heldout12 from clean/NAME.txt, the way ../heldout7/README.md describes.

opencc-python-reimplemented 0.1.7 (s2tw, line by line), pypinyin 0.55.0 (Style.TONE on the whole
simplified line), pinyin glued in ASCII parentheses after every Han character the conversion changed,
then junk ',' before '，。、？' with a fixed seed, every '，' -> ',', and '：；（）？！' -> ASCII.
Forum chrome (simplified, as in seed 002) is added around kaihua afterwards.
"""
import os, random, re
import opencc
from pypinyin import pinyin, Style

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..')
cc = opencc.OpenCC('s2tw')
HAN = re.compile(r'[\u4e00-\u9fff]')

SETTINGS = {
    # name: (random seed, junk probability, chrome)
    'dongtai': (20240611, 0.30, False),
    'kaihua': (20240402, 0.33, True),
}

def convert_line(line):
    trad = cc.convert(line)
    assert len(trad) == len(line), (line, trad)
    py = pinyin(line, style=Style.TONE, errors=lambda x: list(x))
    assert len(py) == len(line)
    out = []
    for s, t, p in zip(line, trad, py):
        out.append(t)
        if s != t and HAN.match(s):
            out.append('(' + p[0] + ')')
    return ''.join(out)

def punct(line, rng, prob):
    out = []
    for ch in line:
        if ch in '，。、？' and rng.random() < prob:
            out.append(',')
        out.append(ch)
    s = ''.join(out)
    s = s.replace('，', ',')
    for a, b in zip('：；（）？！', ':;()?!'):
        s = s.replace(a, b)
    return s

def make(name):
    seed, prob, chrome = SETTINGS[name]
    rng = random.Random(seed)
    clean = open(os.path.join(ROOT, 'clean', name + '.txt'), encoding='utf-8').read()
    lines = clean.split('\n')
    if lines and lines[-1] == '':
        lines = lines[:-1]
    dirty = [punct(convert_line(l), rng, prob) if l.strip() else l for l in lines]
    if chrome:
        title = dirty[0] + ' [复制链接]'
        head = ['开化论坛', '', '登录 注册', '', ' ', '', '发新话题 回复该主题', '', title, '', '1#',
                '衢州哪家医院看湿疹好 专家在线解答 预约挂号 https://m.example-health.cn/qz/a_4418027.html', '']
        body = dirty[1:]
        tail = ['', '分享 转发', 'TOP', '发新话题 回复该主题']
        dirty = head + body + tail
    text = '\n'.join(dirty) + '\n'
    open(os.path.join(ROOT, name + '.txt'), 'w', encoding='utf-8').write(text)
    commas = text.count(',')
    junk = len(re.findall(r',(?=[,，。、?])', text))
    print(f'{name}: {commas} ASCII commas, {junk} junk')

if __name__ == '__main__':
    for n in SETTINGS:
        make(n)
