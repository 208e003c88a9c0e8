# Count occurrences of candidate place names in seeds (t2s) and fixture texts, without printing text.
import glob, re, sys
from opencc import OpenCC
t2s = OpenCC('t2s')
def clean(s): return t2s.convert(re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)', '', s))
files = glob.glob('/work/main/seeds/*.txt') + glob.glob('/work/main/Tests/Fixtures/*/*.txt') + glob.glob('/work/main/Tests/Fixtures/*/*.json') + glob.glob('/work/main/Tests/Fixtures/*/clean/*.txt')
texts = {f: clean(open(f, encoding='utf-8').read()) for f in files}
for p in sys.argv[1:]:
    hits = [f.split('/')[-2] + '/' + f.split('/')[-1] for f, t in texts.items() if p in t]
    print(p, len(hits), hits[:6])
