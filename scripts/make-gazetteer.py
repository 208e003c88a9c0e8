#!/usr/bin/env python3
"""Builds the county and town rows of Sources/Extract/Resources/gazetteer.tsv: every county-level unit
of mainland China (市辖区, 县, 县级市, 自治县, 旗, 自治旗, 林区, 特区), and every town, township and
subdistrict (镇, 乡, 街道) under them as `town` rows (full names only; see town_rows).

Source: the division table `jionlp/dictionary/china_location.zip` (china_location.txt, the
province / prefecture / county / town levels; the village level is ignored) and the change
list `jionlp/dictionary/china_location_change.txt` in the wheel of JioNLP 1.5.31 (PyPI `jionlp`,
Apache License 2.0; the table follows the codes of 民政部 / 国家统计局). The table reflects
the divisions of early 2023 (郫都区, 黄岛区, 滨海新区, 海门区, 龙港市, 临平区, 钱塘区 are in);
the two later renamings in the change list (错那县→错那市, 米林县→米林市, April 2023) are
applied, and 白杨市 (新疆, approved February 2023, missing from the table) is added by hand
below. Later changes are not tracked. Pinyin comes from pypinyin 0.55.0 (PyPI `pypinyin`, MIT
licence), corrected for place-name readings by PLACE_READINGS below.

What it does:
  * keeps the hand-written head of the file byte for byte: every line up to and including the
    last `alias` row (header, provinces, prefecture-level cities, the Jiangsu/Zhejiang/Shanghai
    counties, aliases);
  * drops the generated rows after it and appends them anew: every county-level unit of the 31
    mainland provinces not already in the head (same name and parent), provinces in the head's
    order, prefecture-level units in the head's order, then the units directly under the
    province, each group by division code;
  * leaves out the statistical "functional zones" of the table (codes xxxx7x, 开发区, 管理区,
    管委会, 示范区 …, and 天府新区), which are not administrative units. It keeps 加格达奇区,
    松岭区, 新林区 and 呼中区 of 大兴安岭地区, which have statistical codes only but are what
    texts name. Total: 2,848 county-level units (2,844 official at the end of 2023 + those 4).

Conventions (copied from the hand-written rows):
  * short: the name without 区/县/市/旗/新区/林区/特区, or without 自治县/自治旗 together with the
    ethnic names before it (长阳土家族自治县 → 长阳). The full name is kept when the rest would
    be a single character (丰县, 城区) or equals the short or full name of a province or
    prefecture-level unit (淮安区, 朝阳区, 东营区), so those names keep meaning the city.
  * parent: 省/地级市 as the head writes them; 北京市, 天津市, 上海市, 重庆市 for the
    districts and counties of the municipalities (as the Shanghai rows); `省/` (empty city) for
    county-level units directly under a province (济源市, 仙桃市, 神农架林区, 海南 and 新疆
    直辖县级市). Gazetteer.swift drops the empty part, so `河南省/` reads as `河南省`.
  * pinyin: toneless pinyin of short, one word, first letter capitalised, ü kept, apostrophe
    before a/o/e syllables (Hai'an, Lüchun).
  * en: "X District" (区), "X County" (县), "X" (县级市), "X Banner" (旗, with 左/右/前/中/后/
    联合 as Left/Right/Front/Middle/Rear/United), "X New Area" (新区), "X <people> Autonomous
    County/Banner", "X Forestry District", "X Special District"; X is the pinyin of the name
    without its suffix (丰县 → Feng County).

Generic short names: Gazetteer.swift has no stop list. Every name of two or more characters
counts wherever it occurs in the text (longest match first), and a name shared by several units
only goes to the "ambiguous" list. A short name that is also an everyday word (振兴 in 乡村振兴,
合作, 资源, 同心, 大兴 in 大兴调查研究, 青山 in 绿水青山) would make the article about that
county. For the names in GENERIC_SHORTS the full name is kept as short (振兴区, 合作市), as for
淮安区; run with --keep-generic to write the plain short names instead. See the # note there.

Run once by a developer; the build only reads the result:
    pip download --no-deps -d /tmp/pkgs jionlp==1.5.31 pypinyin==0.55.0
    pip install /tmp/pkgs/pypinyin-0.55.0-py2.py3-none-any.whl   # or PYTHONPATH=<unzipped wheel>
    scripts/make-gazetteer.py /tmp/pkgs/jionlp-1.5.31-py2.py3-none-any.whl
"""
import io, re, sys, zipfile
from collections import Counter, defaultdict

from pypinyin import Style, lazy_pinyin

OUT = 'Sources/Extract/Resources/gazetteer.tsv'
MAINLAND_EXCLUDED = {'台湾省', '香港特别行政区', '澳门特别行政区'}
MUNICIPALITIES = {'北京市', '天津市', '上海市', '重庆市'}
PROVINCE_DIRECT = '省直辖行政区划'   # the table's pseudo-city for units directly under a province

# Units the table lacks: (province, city or '' for directly under the province, name, code).
ADDED = [
    ('新疆维吾尔自治区', '', '白杨市', '659011'),   # 2023-02, 兵团第九师
]
# Rows of the table that are not administrative units although their code looks like one.
NOT_UNITS = {'天府新区'}   # 四川天府新区: a national new area, not a 市辖区 (counted in 双流/新津)
FUNCTIONAL = re.compile(r'开发区|管委会|委员会|产业园|工业园|管理区|示范区|保税区|聚集区|实验区|名胜区|海域|直辖')

# Ethnic names used in 自治县/自治旗 names, with the English used in the hand-written rows.
ETHNIC = {
    '蒙古': 'Mongol', '回': 'Hui', '藏': 'Tibetan', '维吾尔': 'Uyghur', '苗': 'Miao', '彝': 'Yi',
    '壮': 'Zhuang', '布依': 'Buyei', '朝鲜': 'Korean', '满': 'Manchu', '侗': 'Dong', '瑶': 'Yao',
    '白': 'Bai', '土家': 'Tujia', '哈尼': 'Hani', '哈萨克': 'Kazakh', '傣': 'Dai', '黎': 'Li',
    '傈僳': 'Lisu', '佤': 'Va', '畲': 'She', '拉祜': 'Lahu', '水': 'Shui', '东乡': 'Dongxiang',
    '纳西': 'Naxi', '景颇': 'Jingpo', '柯尔克孜': 'Kirghiz', '土': 'Tu', '达斡尔': 'Daur',
    '仫佬': 'Mulao', '羌': 'Qiang', '布朗': 'Blang', '撒拉': 'Salar', '毛南': 'Maonan',
    '仡佬': 'Gelao', '锡伯': 'Xibe', '阿昌': 'Achang', '普米': 'Pumi', '塔吉克': 'Tajik',
    '怒': 'Nu', '乌孜别克': 'Uzbek', '俄罗斯': 'Russian', '鄂温克': 'Evenki', '德昂': "De'ang",
    '保安': 'Bonan', '裕固': 'Yugur', '京': 'Gin', '塔塔尔': 'Tatar', '独龙': 'Derung',
    '鄂伦春': 'Oroqen', '赫哲': 'Hezhen', '门巴': 'Monba', '珞巴': 'Lhoba', '基诺': 'Jino',
    '各': 'Various Nationalities',   # 各族自治县
}

# Readings of place names where pypinyin's everyday reading is wrong. Keys are matched in the
# short name (longest first); values are space-separated toneless syllables.
PLACE_READINGS = {
    '长子': 'zhang zi', '乐清': 'yue qing', '乐亭': 'lao ting', '东阿': 'dong e', '单县': 'shan xian',
    '洪洞': 'hong tong', '繁峙': 'fan shi', '涡阳': 'guo yang', '覃塘': 'qin tang', '马尾': 'ma wei',
    '泊头': 'bo tou', '吴堡': 'wu bu', '红寺堡': 'hong si bu', '六合': 'lu he', '牟定': 'mou ding',
    '中牟': 'zhong mu', '牟平': 'mu ping', '筠连': 'jun lian', '伽师': 'jia shi', '珲春': 'hun chun',
    '浚县': 'xun xian', '荥经': 'ying jing', '荥阳': 'xing yang', '召陵': 'shao ling',
    '崆峒': 'kong tong', '佛冈': 'fo gang', '佛坪': 'fo ping', '蚌山': 'beng shan', '曾都': 'zeng du',
    '行唐': 'xing tang', '漯河': 'luo he', '铅山': 'yan shan', '番禺': 'pan yu', '黄陂': 'huang pi',
    '莘县': 'shen xian', '蔚县': 'yu xian', '尉犁': 'yu li', '尉氏': 'wei shi', '大埔': 'da bu',
    '黄埔': 'huang pu', '六枝': 'liu zhi', '六安': 'lu an', '蚌埠': 'beng bu', '厦门': 'xia men',
    '重庆': 'chong qing', '枞阳': 'zong yang', '犍为': 'qian wei', '歙县': 'she xian',
    '监利': 'jian li', '称多': 'cheng duo', '浪卡子': 'lang ka zi', '喀喇沁': 'ka la qin',
    '闵行': 'min hang', '龙圩': 'long xu', '綦江': 'qi jiang', '茌平': 'chi ping',
}
# Characters read one way in every place name (pypinyin often picks the other reading).
PLACE_CHARS = {'长': 'chang', '都': 'du', '乐': 'le', '柏': 'bai', '勒': 'le', '什': 'shi',
               '朝': 'chao', '卡': 'ka', '曾': 'zeng', '阿': 'a', '蚌': 'beng', '尾': 'wei'}

# note — short names that are everyday words or frequent in news prose (and in Party-building
# reports in particular), chosen by hand from the new short names that jieba's dictionary
# (Sources/Normalize/Resources/lexicon.tsv) lists as common words. Their units keep the full
# name as short. The last line lists names that mostly occur across a word boundary
# (和政 in 和政策, 兴和 in 振兴和, 西林 in 川西林盘, 民和 in 人民和, 大城 in 大城市).
# Full names always match and cannot be helped here: everyday words (城区 郊区 矿区 东区 西区
# 老城区 新城区 市中区 新市区) and two-character county names inside common words (范县 in
# 示范县, 索县 in 探索县域, 成县 in 完成县级, 应县 in 响应县委, 息县 in 信息县, 高县 in
# 提高县域, 代县, 理县, 兴县, 佳县, 康县, 和县, 新县, 古县 …). That needs a guard in
# Gazetteer.swift (e.g. count such names only next to their parent or their suffix).
GENERIC_SHORTS = set("""
    资源 合作 和平 比如 南部 解放 东方 前进 港口 公安 友好 通道 共和 友谊 平安 中方 安定 延长
    光明 新兴 运河 万年 东风 红旗 光泽 工农 大名 富裕 清水 高明 前锋 复兴 清新 宏伟 平定 洞口
    温泉 向阳 振兴 三元 大方 互助 新华 莲花 平和 名山 白云 建华 大观 台前 丰满 无为 民权 小店
    同心 宝塔 元宝 平房 灯塔 博爱 同仁 回民 江岸 方正 安居 新民 富民 清流 老城 爱民 惠民 新星
    兴业 太平 新建 新城 城东 城西 城北 城中 城关 天桥 牡丹 海港 平原 中原 江南 古城 南海 河口
    河东 河西 长安 长寿 安宁 江城 上街 兴隆 南城 青山 长子 山城 市中 新市 新和 新安 资中 大兴
    兴国 全州 武功 凤凰 芙蓉 桃源 海棠 麒麟 龙门 阳明 太湖 东湖 西山 天山 泰山 恒山 西夏 商城
    龙井 满城 盐湖 三江 东山 白杨 临江 湖滨 连城 榆树 祥云 龙潭 龙城 阳春 铜鼓 延寿 千山 磐石
    荷塘 平川 大田 康乐 鸡冠 江海 甘泉
    和政 兴和 上高 西林 大新 建平 建安 新乐 大城 民和 民乐 会同 会理 高密 高安
""".split())
SUFFIX = re.compile(r'(自治县|自治旗|特区|区|县|市|旗)$')
# 新区 and 林区 are suffixes only in these names (清新区 is 清新 + 区, 金林区 is 金林 + 区).
NEW_AREAS = {'浦东新区', '滨海新区', '沈北新区'}
FORESTRY_DISTRICTS = {'神农架林区'}


def split_suffix(name):
    if name in NEW_AREAS or name in FORESTRY_DISTRICTS:
        return name[-2:], name[:-2]
    m = SUFFIX.search(name)
    if not m:
        sys.exit(f'unexpected name {name!r}')
    return m.group(1), name[:m.start()]
BANNER_POSITION = [('左翼', 'Left'), ('右翼', 'Right'), ('左', 'Left'), ('右', 'Right'),
                   ('前', 'Front'), ('中', 'Middle'), ('后', 'Rear')]


def syllables(text):
    """Toneless syllables of text, place readings first."""
    out, i = [], 0
    keys = sorted(PLACE_READINGS, key=len, reverse=True)
    while i < len(text):
        key = next((k for k in keys if text.startswith(k, i)), None)
        if key:
            out += PLACE_READINGS[key].split()
            i += len(key)
            continue
        j = i
        while j < len(text) and not any(text.startswith(k, j) for k in keys):
            j += 1
        chunk = text[i:j]
        for c, s in zip(chunk, lazy_pinyin(chunk, style=Style.NORMAL, v_to_u=True)):
            out.append(PLACE_CHARS.get(c, s))
        i = j
    for s in out:
        if not re.fullmatch(r'[a-zü]+', s):
            sys.exit(f'no pinyin for {text!r}: {out}')
    return out


def pinyin(text, within=None):
    """One capitalised word with apostrophes before a/o/e syllables: Hai'an, Lüchun. With
    within (a name starting with text), text is read as part of it: 单 in 单县 is Shan."""
    syl = syllables(within)[:len(text)] if within else syllables(text)
    if within:
        assert within.startswith(text), (text, within)
    word = syl[0] + ''.join(("'" + s) if s[0] in 'aoe' else s for s in syl[1:])
    return word[0].upper() + word[1:]


def positioned(stem, name):
    """Banner-style names: 科尔沁左翼中 → "Ke'erqin Left Middle"; others: pinyin."""
    pos = []
    while True:
        hit = next(((z, e) for z, e in BANNER_POSITION if stem.endswith(z) and len(stem) > len(z) + 1), None)
        if not hit:
            return ' '.join([pinyin(stem, within=name)] + pos)
        pos.insert(0, hit[1])
        stem = stem[:-len(hit[0])]


def split_ethnic(rest):
    """长阳土家族 → ('长阳', ['土家']); 东乡族 → ('东乡', [])."""
    peoples = []
    keys = sorted(ETHNIC, key=len, reverse=True)
    while True:
        for k in keys:
            forms = [k + '族'] + ([k] if len(k) > 1 else [])
            f = next((f for f in forms if rest.endswith(f) and len(rest) - len(f) >= 2), None)
            if f:
                peoples.insert(0, k)
                rest = rest[:-len(f)]
                break
        else:
            return rest, peoples


def describe(name, taken, generic=GENERIC_SHORTS):
    """(short, pinyin, en) of a county-level unit; taken: names that must keep meaning a
    province or prefecture-level unit."""
    suffix, stem = split_suffix(name)
    peoples = []
    if suffix in ('自治县', '自治旗'):
        if stem.endswith('各族'):                    # 龙胜各族自治县
            stem, peoples = stem[:-2], ['各']
        else:
            stem, peoples = split_ethnic(stem)
        if not peoples and stem.endswith('族') and stem[:-1] in ETHNIC:   # 东乡族自治县, 鄂温克族自治旗
            stem = stem[:-1]
    elif suffix == '区' and stem.endswith('族'):       # 瀍河回族区
        stem, peoples = split_ethnic(stem)
    if suffix == '旗' and stem.endswith('联合'):     # 达尔罕茂明安联合旗
        stem, united = stem[:-2], True
    else:
        united = False
    short = stem if len(stem) >= 2 and stem not in taken and stem not in generic else name
    base = pinyin(stem, within=name)
    kind = {'区': 'District', '县': 'County', '旗': 'Banner', '新区': 'New Area',
            '林区': 'Forestry District', '特区': 'Special District',
            '自治县': 'Autonomous County', '自治旗': 'Autonomous Banner'}.get(suffix)
    if suffix == '市':
        en = pinyin(name) if len(stem) < 2 else base        # 芒市 → Mangshi
    elif suffix == '旗':
        en = ' '.join([positioned(stem, name)] + (['United'] if united else []) + [kind])
    elif suffix in ('自治县', '自治旗') and stem in ETHNIC and not peoples:   # 鄂伦春自治旗
        en = f'{ETHNIC[stem]} {kind}'
    elif peoples:
        names = [ETHNIC[p] for p in peoples]
        people = names[0] if len(names) == 1 else ', '.join(names[:-1]) + ' and ' + names[-1]
        en = f'{positioned(stem, name)} {people} {kind}'
    else:
        en = f'{base} {kind}'
    return short, pinyin(short), en


def load(wheel):
    with zipfile.ZipFile(wheel) as w:
        inner = zipfile.ZipFile(io.BytesIO(w.read('jionlp/dictionary/china_location.zip')))
        table = inner.read('china_location.txt').decode('utf-8')
        changes = w.read('jionlp/dictionary/china_location_change.txt').decode('utf-8')
    units = {}   # (province, city, name) -> code
    towns = []   # (province, city, county, town)
    province = city = county = None
    for line in table.split('\n'):
        depth = len(line) - len(line.lstrip('\t'))
        f = line.strip().split('\t')
        if depth == 0 and len(f) == 3:
            province = f[0]
        elif depth == 1 and len(f) == 3:
            city = f[0]
        elif depth == 2 and province not in MAINLAND_EXCLUDED:
            if len(f) != 3:
                sys.exit(f'bad county line {line!r}')
            units[(province, city, f[0])] = f[1]
            county = f[0]
        elif depth == 3 and province not in MAINLAND_EXCLUDED and f[0]:
            towns.append((province, city, county, f[0]))
    # Renamings the change list records but the table does not show yet.
    for line in changes.split('\n'):
        if '=>' not in line:
            continue
        old, new = line.split('=>')
        old, new = old.split('\t'), new.split('\t')
        if len(old) != 8 or len(new) != 3:
            continue
        o, n = (old[2], old[4], old[6]), tuple(new)
        if o in units:
            print(f'applied change {line.strip()}', file=sys.stderr)
            code = units.pop(o)
            units.setdefault(n, code)
    for p, c, name, code in ADDED:
        units[(p, c or PROVINCE_DIRECT, name)] = code
    return units, towns


TOWN_KINDS = [('街道', 'Subdistrict'), ('镇', 'Town'), ('乡', 'Township')]


def town_rows(towns, lines):
    """`town` rows: every town, township and subdistrict under a county-level unit of the file, with
    the county's path as parent. Names of three or more characters only, full names only (石浦镇,
    never 石浦): the extractor counts a town's mentions for its county."""
    counties = defaultdict(list)   # (province, county name) -> parent paths in the file
    for l in lines[1:]:
        r = l.split('\t')
        if len(r) == 6 and r[0] == 'county':
            counties[(r[3].split('/')[0], r[1])].append(r[3])
    out, seen = [], set()
    for p, c, county, town in towns:
        kind = next(((k, e) for k, e in TOWN_KINDS if town.endswith(k)), None)
        parents = counties.get((p, county), [])
        # (The table has a few names with a lost character, such as `麦?镇`: left out.)
        if kind is None or len(town) < 3 or len(parents) != 1 or not re.fullmatch(r'[\u4e00-\u9fff]+', town):
            continue
        parent = f'{parents[0]}/{county}'
        if (town, parent) in seen:
            continue
        seen.add((town, parent))
        stem = town[:-len(kind[0])]
        py = pinyin(stem)
        out.append('\t'.join(['town', town, town, parent, py, f'{py} {kind[1]}']))
    return out


def main():
    args = [a for a in sys.argv[1:] if a != '--keep-generic']
    generic = set() if '--keep-generic' in sys.argv else GENERIC_SHORTS
    if len(args) != 1:
        sys.exit(__doc__)
    lines = open(OUT, encoding='utf-8').read().split('\n')
    assert lines[-1] == '', 'file must end with a newline'
    last_alias = max(i for i, l in enumerate(lines) if l.startswith('alias\t'))
    head = lines[:last_alias + 1]
    rows = [l.split('\t') for l in head[1:]]
    assert all(len(r) == 6 for r in rows)
    provinces = [r[1] for r in rows if r[0] == 'province']
    cities = [(r[3], r[1]) for r in rows if r[0] == 'city']
    taken = {n for r in rows if r[0] in ('province', 'city') for n in (r[1], r[2])}
    present = {(r[1], r[3]) for r in rows if r[0] == 'county'}

    groups = defaultdict(list)
    skipped = []
    units, towns = load(args[0])
    for (p, c, name), code in units.items():
        if code[4] == '7' or FUNCTIONAL.search(name) or name in NOT_UNITS or not SUFFIX.search(name):
            skipped.append(name)
            continue
        if p in MUNICIPALITIES:
            parent, key = p, (p, '')
        elif c == PROVINCE_DIRECT:
            parent, key = p + '/', (p, '\uffff')
        else:
            assert (p, c) in cities, (p, c)
            parent, key = f'{p}/{c}', (p, c)
        groups[key].append((code, name, parent))
    order = {(p, c): i for i, (p, c) in enumerate(cities)}
    new, seen = [], set()
    for key in sorted(groups, key=lambda k: (provinces.index(k[0]), order.get(k, -1 if k[1] == '' else 10**6))):
        for code, name, parent in sorted(groups[key]):
            found = (name, parent.rstrip('/'))
            if found in present:
                seen.add(found)
                continue
            assert name not in taken, name
            short, py, en = describe(name, taken, generic)
            new.append('\t'.join(['county', name, short, parent, py, en]))
    for missing in sorted(present - seen):
        print(f'note: hand-written row not in the source: {missing}', file=sys.stderr)
    new += town_rows(towns, head + new)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(head + new) + '\n')
    kinds = Counter(split_suffix(l.split('\t')[1])[0] for l in new if l.startswith('county\t'))
    kinds['town rows'] = sum(l.startswith('town\t') for l in new)
    print(f'{OUT}: kept {len(head) - 1} rows, appended {len(new)} county and town rows {dict(kinds)}; '
          f'left out {len(skipped)} functional zones', file=sys.stderr)


if __name__ == '__main__':
    main()
