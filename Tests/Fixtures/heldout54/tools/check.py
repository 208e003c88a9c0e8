# Check every gold string of this set against the clean texts (run from the set folder).
import json, re, os
NAMES=['shishi','jiaojiang','fengxian','tongzhou','lianjiang']
DIRTY={'jiaojiang'}
# lines that are metadata or page chrome, allowed to hold ASCII characters
META_OK=re.compile(r'^(刊载日期：|原创 |发布时间：|当前位置：|网站标识码：|无障碍浏览|举报/反馈|阅读 |在看 |2024-06-12 )')
HAN=re.compile(r'[\u4e00-\u9fff]')
def num_forms(v,unit,text):
    forms=set()
    def fmt(x):
        s=('%f'%x).rstrip('0').rstrip('.'); return s
    forms.add(fmt(v))
    if unit not in ('万元','亿元'):
        if v>=10000: forms.add(fmt(v/10000)+'万')
        if v>=1e8: forms.add(fmt(v/1e8)+'亿')
    return forms
CN={'一百':100,'二十':20}
err=0; allreq={}
def bad(n,m):
    global err; err+=1; print('ERR',n,m)
for n in NAMES:
    src=f'clean/{n}.txt' if n in DIRTY else f'{n}.txt'
    raw=open(src,'rb').read()
    if raw.startswith(b'\xef\xbb\xbf'): bad(n,'BOM')
    if b'\r' in raw: bad(n,'CR')
    t=raw.decode('utf-8')
    if n in DIRTY and '着' in t: bad(n,'着')
    lines=[l for l in t.split('\n')]
    nonempty=[l for l in lines if l.strip()]
    for l in nonempty:
        if META_OK.match(l): continue
        s=re.sub(r'(?<=\d)\.(?=\d)','',l)
        s=re.sub(r'[A-Za-z+%]','',s)
        if re.search(r'[!-/:-@\[-`{-~]',s): bad(n,'ascii punct: '+l[:40])
    g=json.load(open(f'{n}.gold.json',encoding='utf-8'))
    han=len(HAN.findall(t))
    if not 1400<=han<=2000: bad(n,f'han {han}')
    if g['title'] is not None:
        if g['title'] not in nonempty: bad(n,'title not a line')
        if n!='tongzhou' and g['title']!=nonempty[0]: bad(n,'title not first line')
    pos=-1
    for h in g['headings']:
        if h not in lines: bad(n,'heading '+h); continue
        i=lines.index(h)
        if i<=pos: bad(n,'heading order '+h)
        pos=i
    for a in g['authors']:
        if a['name'] not in t: bad(n,'author '+a['name'])
        if 'position' in a and a['position'] not in t: bad(n,'position')
    if g['outlet'] and g['outlet'] not in t: bad(n,'outlet')
    if g['date'] and g['date'][:10] not in t and g['date'][:4]+'年' not in t: bad(n,'date')
    flat=re.sub('[“”‘’《》]','',t)
    req=g['programs']['required']; opt=g['programs'].get('optional',[])
    if not 12<=len(req)<=18: bad(n,f'{len(req)} required')
    for p in req+opt:
        if p not in flat: bad(n,'program '+p)
        if p in allreq: bad(n,'shared with '+allreq[p])
        allreq[p]=n
    if set(req)&set(opt): bad(n,'req&opt')
    for q in g['notPrograms']:
        if '“'+q+'”' not in t and '“'+q+'。”' not in t: bad(n,'notProgram '+q)
        if q in req or q in opt: bad(n,'notProgram also program '+q)
    for f in g['figures']:
        tx=f['text']
        if tx not in t: bad(n,'figure text '+tx); continue
        if f['unit'] not in tx: bad(n,'unit '+tx)
        q=f.get('qualifier')
        if q and q not in tx: bad(n,'qualifier '+tx)
        forms=num_forms(f['value'],f['unit'],tx)
        if not any(re.search(re.escape(fm)+r'(多|余)?'+re.escape(f['unit'][0]),tx) or fm in tx for fm in forms): bad(n,f'value {f["value"]} in {tx}')
    print(n,'han',han,'required',len(req),'optional',len(opt),'figures',len(g['figures']),'notPrograms',len(g['notPrograms']))
print('errors',err)
