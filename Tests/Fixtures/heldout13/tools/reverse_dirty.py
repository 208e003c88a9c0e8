#!/usr/bin/env python3
"""Reverse the dirty xuzhou.txt and compare with clean/xuzhou.txt line by line."""
import re, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'徐州论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}
def reverse(text):
    out = []
    for line in text.split('\n'):
        if not line.strip() or line in CHROME or 'https://' in line:
            continue
        line = line.replace(' [复制链接]', '')
        line = re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', line)
        line = t2s.convert(line)
        line = re.sub(r',(?=[,，。、?])', '', line)
        line = line.replace(',', '，')
        line = re.sub(r'(?<!\d):|:(?!\d)', '：', line)
        for a, b in zip(';()?!', '；（）？！'):
            line = line.replace(a, b)
        out.append(line)
    return out
if __name__ == '__main__':
    d = open('/work/pending/heldout13/xuzhou.txt', encoding='utf-8').read()
    c = [l for l in open('/work/pending/heldout13/clean/xuzhou.txt', encoding='utf-8').read().split('\n') if l.strip()]
    r = reverse(d)
    bad = 0
    for i, (a, b) in enumerate(zip(r, c)):
        if a != b:
            bad += 1
            print('DIFF line', i); print('  rev:', a); print('  cln:', b)
    if len(r) != len(c): print('line count differs', len(r), len(c)); bad += 1
    print('reversal mismatches:', bad)
