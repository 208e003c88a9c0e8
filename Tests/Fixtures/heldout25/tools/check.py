# Check every gold string against the clean text. Run from the batch folder.
import json, re, os, sys
NAMES=['yangzhong','jiashan','longyou','sheyang','nanxun']
HAN=re.compile(r'[\u4e00-\u9fff]')
def strip(s): return re.sub('[“”‘’《》]','',s)
ok=True
def bad(n,msg):
    global ok; ok=False; print('FAIL',n,msg)
CN={'万':10**4,'亿':10**8}
seen={}
for n in NAMES:
    src=f'clean/{n}.txt' if os.path.exists(f'clean/{n}.txt') else f'{n}.txt'
    raw=open(src,'rb').read()
    if raw.startswith(b'\xef\xbb\xbf') or b'\r' in raw: bad(n,'BOM/CR')
    t=raw.decode('utf-8')
    if '着' in t: bad(n,'着')
    nh=len(HAN.findall(t))
    if not 1400<=nh<=2000: bad(n,f'han {nh}')
    lines=[l for l in t.split('\n') if l.strip()]
    g=json.load(open(f'{n}.gold.json',encoding='utf-8'))
    if g['title'] is not None and g['title']!=lines[0]: bad(n,'title')
    # headings: whole lines in order
    idx=-1
    for h in g['headings']:
        try: j=lines.index(h)
        except ValueError: bad(n,'heading '+h); continue
        if j<=idx: bad(n,'heading order '+h)
        idx=j
    for a in g['authors']:
        if a['name'] not in t: bad(n,'author '+a['name'])
        if 'position' in a and a['position'] not in t: bad(n,'position')
    if g['outlet'] and g['outlet'] not in t: bad(n,'outlet')
    st=strip(t)
    req=g['programs']['required']; opt=g['programs'].get('optional',[])
    if not 12<=len(req)<=18: bad(n,f'required count {len(req)}')
    if set(req)&set(opt): bad(n,'req&opt')
    for p in req+opt:
        if p not in st: bad(n,'program '+p)
        if p in seen: bad(n,'shared with '+seen[p])
        seen[p]=n
    for p in g['notPrograms']:
        if not re.search('“'+re.escape(p)+'。?”',t): bad(n,'notProgram '+p)
        if p in req+opt: bad(n,'np in programs '+p)
    if len(g['figures'])!=15: bad(n,'figure count')
    ascii_bad=re.sub(r'\d\.\d|\d{2}:\d{2}|\d{4}-\d{2}-\d{2}|%|\+|e','',t)
    if re.search(r'[!-/:-@\[-`{-~]',ascii_bad): bad(n,'ascii punct '+re.search(r'.{5}[!-/:-@\[-`{-~].{5}',ascii_bad).group(0))
    for f in g['figures']:
        x=f['text']
        if x not in t: bad(n,'figure text '+x); continue
        v=f['value']; cands={v}
        for c,m in CN.items():
            if c in x: cands.add(round(v/m,6))
        def fmt(z): return ('%g'%z)
        if not any(fmt(z) in x for z in cands): bad(n,'value '+x)
        if f.get('upper') is not None and fmt(f['upper']) not in x: bad(n,'upper '+x)
        if f['unit'] not in x: bad(n,'unit '+x)
        if f.get('qualifier') and f['qualifier'] not in x: bad(n,'qual '+x)
    print(n,'han',nh,'required',len(req),'optional',len(opt),'notPrograms',len(g['notPrograms']),'figures',len(g['figures']))
print('ALL OK' if ok else 'PROBLEMS')
