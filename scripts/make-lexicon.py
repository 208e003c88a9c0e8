#!/usr/bin/env python3
"""Builds Sources/Normalize/Resources/lexicon.tsv: frequent Chinese words with their
frequencies, used to infer characters lost to mojibake when the document itself does not
attest a context. Source: the dictionary of jieba 0.42.1 (MIT licence, PyPI `jieba`).
Traditional forms are added with OpenCC (Debian `opencc`), since repairs run before script
conversion. Run once by a developer; the build only reads the result:
    pip download --no-deps -d /tmp/jieba jieba==0.42.1 && tar xzf /tmp/jieba/jieba-0.42.1.tar.gz -C /tmp/jieba
    scripts/make-lexicon.py /tmp/jieba/jieba-0.42.1/jieba/dict.txt
"""
import re, subprocess, sys

TOP = 60000
han = re.compile(r'^[\u4e00-\u9fff]{1,4}$')
rows = []
with open(sys.argv[1], encoding='utf-8') as f:
    for line in f:
        parts = line.split()
        if len(parts) >= 2 and han.match(parts[0]) and int(parts[1]) >= 3:
            rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else 'x'))
rows.sort(key=lambda r: (-r[1], r[0]))
rows = rows[:TOP]
words = [w for w, _, _ in rows]
trad = subprocess.run(['opencc', '-c', 's2t'], input='\n'.join(words) + '\n', capture_output=True, text=True, check=True).stdout.split('\n')
freq, pos = {}, {}
for (w, n, p), t in zip(rows, trad):
    for form in (w, t.strip()):
        if form and han.match(form) and n > freq.get(form, 0):
            freq[form] = n
            pos[form] = p
out = 'Sources/Normalize/Resources/lexicon.tsv'
with open(out, 'w', encoding='utf-8') as f:
    f.write('# word\tfrequency\tpart of speech — derived from jieba 0.42.1 dict.txt (MIT licence), traditional forms via OpenCC s2t\n')
    for w in sorted(freq, key=lambda w: (-freq[w], w)):
        f.write(f'{w}\t{freq[w]}\t{pos[w]}\n')
print(out, len(freq), 'entries')
