# Count candidate place names in earlier texts, gold and seeds (prints counts and file names only).
import glob,re
from opencc import OpenCC
t2s=OpenCC('t2s')
files=glob.glob('/work/main/Tests/Fixtures/*/*.txt')+glob.glob('/work/main/Tests/Fixtures/*/clean/*.txt')+glob.glob('/work/main/Tests/Fixtures/*/*.json')+glob.glob('/work/main/seeds/*.txt')
txt=''
for f in files:
    s=open(f,encoding='utf-8').read()
    s=re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)','',s)
    txt+=t2s.convert(s)+'\n'
for p in '句容 仙居 武义 宁海 宝应 龙泉 射阳 茅山'.split():
    print(p, txt.count(p))
print('---')
for f in files:
    s=t2s.convert(re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)','',open(f,encoding='utf-8').read()))
    for p in ['龙泉','射阳','茅山']:
        if p in s: print(p, f.split('Fixtures/')[-1] if 'Fixtures' in f else f, s.count(p))
