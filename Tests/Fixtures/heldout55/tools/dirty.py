# Make the dirty wangjiang.txt from clean/wangjiang.txt the seeds' way (see README.md).
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
    out = [punct(convert_line(l), rng) if l.strip() else l for l in lines]
    open(f'{name}.txt', 'w', encoding='utf-8').write('\n'.join(out) + '\n')
    clean = open(f'clean/{name}.txt', encoding='utf-8').read()
    n_all = sum(l.count(',') for l in out)
    print(name, 'ascii commas', n_all, 'junk', n_all - clean.count('，'))

make('wangjiang', 20240802)
