# Confirm that this set's program names are new. Reads earlier gold JSON and texts only to
# compare names; prints collisions only (run from the set folder).
import json, re, glob, os
from opencc import OpenCC
t2s=OpenCC('t2s')
FIX='/work/main/Tests/Fixtures'; SEEDS='/work/main/seeds'
NAMES=['shishi','jiaojiang','fengxian','tongzhou','lianjiang']
def flat(s): return re.sub('[“”‘’《》\\s]','',s)
def clean_seed(s):
    s=re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)','',s)
    return t2s.convert(s)
earlier_names=set(); earlier_texts=[]
for f in glob.glob(FIX+'/*/*.gold.json')+glob.glob(FIX+'/gold/*.json'):
    if '/heldout54/' in f: continue
    try: g=json.load(open(f,encoding='utf-8'))
    except Exception: continue
    pr=g.get('programs',{})
    if isinstance(pr,dict):
        for k in ('required','optional'):
            for x in pr.get(k,[]) or []:
                earlier_names.add(flat(x if isinstance(x,str) else str(x)))
for f in glob.glob(FIX+'/*/*.txt')+glob.glob(FIX+'/*/clean/*.txt'):
    if '/heldout54/' in f: continue
    earlier_texts.append((f,flat(clean_seed(open(f,encoding='utf-8').read()))))
for f in glob.glob(SEEDS+'/*.txt'):
    earlier_texts.append((f,flat(clean_seed(open(f,encoding='utf-8').read()))))
mine={}; mytexts={}
for n in NAMES:
    g=json.load(open(f'{n}.gold.json',encoding='utf-8'))
    for x in g['programs']['required']+g['programs'].get('optional',[]): mine[flat(x)]=n
    src=f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mytexts[n]=flat(open(src,encoding='utf-8').read())
hits=0
for x,n in mine.items():
    if x in earlier_names: print('EQUAL earlier name:',n,x); hits+=1
    for f,tx in earlier_texts:
        if x in tx: print('IN earlier text:',n,x,os.path.relpath(f,'/work/main')); hits+=1
for y in earlier_names:
    if len(y)>=3:
        for n,tx in mytexts.items():
            if y in tx: print('earlier name in my text:',n,y); hits+=1
print('earlier names',len(earlier_names),'earlier texts',len(earlier_texts),'collisions',hits)
