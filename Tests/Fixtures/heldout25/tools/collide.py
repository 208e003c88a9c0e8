# Confirm the program names here are new. Reads earlier gold JSON and texts only to compare names;
# prints nothing from them except colliding names.
import json, glob, re, os
from opencc import OpenCC
t2s=OpenCC('t2s')
FIX='/work/main/Tests/Fixtures'; SEEDS='/work/main/seeds'
NAMES=['yangzhong','jiashan','longyou','sheyang','nanxun']
def strip(s): return re.sub('[“”‘’《》"\'\s]','',s)
def unpy(s): return re.sub(r'\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)','',s)
old_names=set(); old_texts=[]
def names_in(o):
    if isinstance(o,dict):
        if 'programs' in o and isinstance(o['programs'],dict):
            for k in ('required','optional'):
                for x in o['programs'].get(k,[]) or []:
                    if isinstance(x,str): old_names.add(strip(x))
                    elif isinstance(x,dict) and 'name' in x: old_names.add(strip(x['name']))
        for v in o.values(): names_in(v)
    elif isinstance(o,list):
        for v in o: names_in(v)
for p in glob.glob(FIX+'/*/*.json')+glob.glob(FIX+'/*/*/*.json'):
    try: names_in(json.load(open(p,encoding='utf-8')))
    except Exception: pass
for p in glob.glob(FIX+'/*/*.txt')+glob.glob(FIX+'/*/clean/*.txt')+glob.glob(SEEDS+'/*.txt'):
    old_texts.append(strip(t2s.convert(unpy(open(p,encoding='utf-8').read()))))
big='\n'.join(old_texts)
print('earlier names:',len(old_names),'earlier texts:',len(old_texts))
bad=0
mine={}
for n in NAMES:
    g=json.load(open(f'{n}.gold.json',encoding='utf-8'))
    src=f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    mine[n]=strip(open(src,encoding='utf-8').read())
    for p in g['programs']['required']+g['programs']['optional']:
        s=strip(p)
        if s in old_names: print('EQUAL to earlier name:',n,p); bad+=1
        if s in big: print('OCCURS in earlier text:',n,p); bad+=1
for o in sorted(old_names):
    if len(o)>=3:
        for n,t in mine.items():
            if o in t: print('earlier name in my text:',n,o); bad+=1
print('collisions:',bad)
