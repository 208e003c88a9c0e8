import json, glob, re, os
from opencc import OpenCC
t2s=OpenCC('t2s')
mine={}
for f in glob.glob('/work/pending/heldout46/*.gold.json'):
    g=json.load(open(f)); n=os.path.basename(f).split('.')[0]
    for k in ('required','optional'):
        for x in g['programs'][k]: mine[x]=(n,k)
old=set()
files=glob.glob('/work/main/Tests/Fixtures/*/*.gold.json')+glob.glob('/work/main/Tests/Fixtures/gold/*.json')
for f in files:
    try: g=json.load(open(f))
    except Exception as e: print('skip',f,e); continue
    pr=g.get('programs',{})
    if isinstance(pr,dict):
        for k in ('required','optional'):
            for x in pr.get(k,[]) or []:
                old.add(x if isinstance(x,str) else json.dumps(x,ensure_ascii=False))
    elif isinstance(pr,list):
        for x in pr: old.add(x if isinstance(x,str) else x.get('name',''))
norm=lambda s: re.sub('[“”‘’《》「」]','',s)
oldn={norm(x) for x in old}
print('old names',len(oldn),'files',len(files))
for x,(n,k) in sorted(mine.items()):
    if norm(x) in oldn: print('EXACT COLLISION',n,k,x)
# substring both ways for names >=4 chars
for x,(n,k) in sorted(mine.items()):
    for o in oldn:
        if len(o)>=3 and len(x)>=3 and (o in x or x in o) and o!=x:
            print('overlap',n,k,x,'<->',o)
# texts: earlier names occurring in my texts
texts={}
for n in ['xinyi','shexian','dongtou','tianchang','zixi']:
    p='/work/pending/heldout46/'+('clean/' if n=='xinyi' else '')+n+'.txt'
    texts[n]=norm(open(p).read())
for o in sorted(oldn):
    if len(o)>=3:
        for n,t in texts.items():
            if o in t: print('old name in my text',n,o)
# seeds + earlier texts: my names occurring there
others=glob.glob('/work/main/seeds/*.txt')+glob.glob('/work/main/Tests/Fixtures/*/*.txt')+glob.glob('/work/main/Tests/Fixtures/*/clean/*.txt')
for f in others:
    s=open(f,encoding='utf-8',errors='ignore').read()
    s=re.sub(r'\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)','',s); s=norm(t2s.convert(s))
    for x,(n,k) in mine.items():
        if norm(x) in s: print('my name in other text',n,k,x,f)
