# Check that the reversal described in README.md recovers every non-empty clean line of rudong.
import re
from opencc import OpenCC
t2s = OpenCC('t2s')
CHROME = {'如东论坛', '登录 注册', '发新话题 回复该主题', '1#', '分享 转发', 'TOP'}

def rev(line):
    line = line.replace(' [复制链接]', '')
    line = re.sub(r'\(([a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜüńňǹḿ]+)\)', '', line)
    line = t2s.convert(line)
    line = re.sub(r',(?=[,，。、?])', '', line)
    line = re.sub(r'(?<![0-9]),|,(?![0-9])', '，', line)
    return line.translate(str.maketrans({':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！'}))

def main(name):
    dirty = [l for l in open(f'{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    dirty = [l for l in dirty if l not in CHROME and 'https://' not in l]
    clean = [l for l in open(f'clean/{name}.txt', encoding='utf-8').read().split('\n') if l.strip()]
    got = [rev(l) for l in dirty]
    assert len(got) == len(clean), (len(got), len(clean))
    for a, b in zip(got, clean):
        assert a == b, (a, b)
    print(name, 'reversal ok,', len(clean), 'lines')

main('rudong')
