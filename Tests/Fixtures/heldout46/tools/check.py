import json, re, os, sys
os.chdir('/work/pending/heldout46')
NAMES=['xinyi','shexian','dongtou','tianchang','zixi']
DIRTY={'xinyi'}
CHROME_TITLE={'tianchang','zixi'}  # title is a whole line below page chrome
errs=[]
def E(*a): errs.append(' '.join(str(x) for x in a))
def fmt(v):
    s=('%.10f'%v).rstrip('0').rstrip('.')
    return s
allnames={}
for n in NAMES:
    p=('clean/' if n in DIRTY else '')+n+'.txt'
    raw=open(p,'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): E(n,'BOM')
    if b'\r' in raw: E(n,'CR')
    t=raw.decode('utf-8')
    if '着' in t: E(n,'着')
    lines=t.split('\n')
    han=len(re.findall(r'[\u4e00-\u9fff]',t))
    bad=[(i+1,c) for i,l in enumerate(lines) for c in re.sub(r'(?<=\d)\.(?=\d)','',l) if c in ',.;:?!()[]"\'' and not re.match(r'^(发布时间|来源|原创|微信号)',l) and not re.search(r'\d\d:\d\d',l)]
    if bad: E(n,'ascii punct',bad[:10])
    g=json.load(open(n+'.gold.json'))
    ne=[l for l in lines if l.strip()]
    if g['title'] is None:
        pass
    elif n in CHROME_TITLE:
        if g['title'] not in lines: E(n,'title not a line')
    elif ne[0]!=g['title']: E(n,'title',ne[0])
    # headings in order as whole lines
    idx=0
    for h in g['headings']:
        try: idx=lines.index(h,idx)+1
        except ValueError: E(n,'heading',h)
    for a in g['authors']:
        if a['name'] not in t: E(n,'author',a)
        if a.get('position') and a['position'] not in t: E(n,'position',a)
    if g['outlet'] and g['outlet'] not in t: E(n,'outlet')
    stripped=re.sub('[“”「」《》‘’]','',t)
    req=g['programs']['required']; opt=g['programs']['optional']
    if not 12<=len(req)<=18: E(n,'req count',len(req))
    for x in req+opt:
        if x not in stripped and x not in t: E(n,'program missing',x)
        allnames.setdefault(x,[]).append(n)
    if set(req)&set(opt): E(n,'req&opt',set(req)&set(opt))
    for x in g['notPrograms']:
        if not re.search('[“「]'+re.escape(x)+'。?[”」]',t): E(n,'notProgram not quoted',x)
        if x in req+opt: E(n,'np in programs',x)
    for f in g['figures']:
        tx=f['text']
        if tx not in t: E(n,'fig text',tx); continue
        v=f['value']; ok=False
        cands=[fmt(v)]
        if v>=1e8: cands.append(fmt(v/1e8)+'亿')
        if v>=1e4: 
            for q in ['','多','余']: cands.append(fmt(v/1e4)+q+'万')
        if v==10000: cands.append('万')
        if not any(c in tx for c in cands): E(n,'fig value',v,tx)
        if 'upper' in f and fmt(f['upper']) not in tx: E(n,'fig upper',tx)
        u=f['unit']
        if u not in tx: E(n,'fig unit',u,tx)
        if f.get('qualifier') and f['qualifier'] not in tx: E(n,'fig qual',tx)
    print(n,'han',han,'req',len(req),'opt',len(opt),'np',len(g['notPrograms']),'figs',len(g['figures']))
for x,ns in allnames.items():
    if len(ns)>1 and len(set(ns))>1: E('shared across files',x,ns)
print('\n'.join(errs) if errs else 'ALL CLEAN')
