/// Finds places where a number was clearly dropped from the text (`年6月，我市…`, `全市个村级`,
/// `全长公里`, `共有名党员`, `0余名`) and adds a `missing-number` warning with about eight characters
/// of context on each side. It never changes the text and never guesses the number.
///
/// How it decides. A year, an anniversary or a measure word needs a number before it; the pass
/// looks at the character just before and warns when that character is neither a numeral nor one
/// of the words that legitimately stand there without a number:
/// - `年` followed by a month (`于年12月`, `年6月`), or `年，` at a clause start — but not after
///   今, 去, 当, 每, 近, 同, 次, 多 … (`今年7月`, `每年3月`, `近年来`);
/// - `周年` after a non-number (`纪念“五四运动”周年`), not `100周年`, `几周年`;
/// - measure words and units from a table, each with the words it can follow without a number and
///   the words it must or must not lead into: `个` (not 这个, 每个, 各个, 整个, 一个, 个人, 个别),
///   `名` only before a person noun (`名党员`, `名新锐`, not 名单, 名称, 著名, 知名),
///   `公里`, `万元`/`亿元` (not `亿元以上`), `%`, `栋` before a building, `余` before a measure
///   (`的余批次`, not 其余, 业余, 余杭), `多` before a measure right after `约` (`约多人次`);
/// - a count that starts with a zero before `余`/`多` (`0余名`: the leading digits are gone).
public enum MissingNumbers {
    public static let warningKind = "missing-number"
    static let radius = 8

    public struct Finding: Sendable, Equatable {
        public var line: Int
        public var offset: Int
        public var context: String
    }

    /// Adds a warning for each finding; returns the lines unchanged.
    @discardableResult
    public static func warn(_ lines: [String], log: inout RepairLog) -> [String] {
        for f in find(in: lines) { log.warn(warningKind, context: f.context) }
        return lines
    }

    public static func find(in lines: [String]) -> [Finding] {
        var out: [Finding] = []
        for (n, line) in lines.enumerated() {
            let c = line.scalars
            var spans: [(Int, Int)] = []
            for i in c.indices {
                if let len = year(c, i) ?? anniversary(c, i) ?? measure(c, i) ?? leadingZero(c, i) {
                    spans.append((i, len))
                }
            }
            for (i, len) in spans {
                let lo = max(0, i - radius), hi = min(c.count, i + len + radius)
                out.append(Finding(line: n, offset: i, context: Array(c[lo..<hi]).string))
            }
        }
        return out
    }

    // MARK: - Characters

    static let numerals: Set<Unicode.Scalar> = Set("0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万亿两廿卅".unicodeScalars)
    /// Words that stand for a count themselves (`几个`, `多名`, `数万元`, `10余名`, `半个`).
    static let vagueCounts: Set<Unicode.Scalar> = Set("几多数余两半俩".unicodeScalars)
    static let clauseBoundary: Set<Unicode.Scalar> = Set("。，、；：！？“”‘’（）「」《》()[]【】,.;:!? \t\u{3000}…—".unicodeScalars)

    static func isNumberLike(_ c: Unicode.Scalar) -> Bool {
        numerals.contains(c) || c.isASCIILetter   // `N个`, `X家` in formulas
    }

    static func hasPrefix(_ c: [Unicode.Scalar], at i: Int, _ p: [Unicode.Scalar]) -> Bool {
        guard i >= 0, i + p.count <= c.count else { return false }
        for k in p.indices where c[i + k] != p[k] { return false }
        return true
    }

    static func hasPrefix(_ c: [Unicode.Scalar], at i: Int, _ s: String) -> Bool {
        hasPrefix(c, at: i, s.scalars)
    }

    static func startsWithAny(_ c: [Unicode.Scalar], at i: Int, _ list: [[Unicode.Scalar]]) -> Bool {
        list.contains { hasPrefix(c, at: i, $0) }
    }

    // MARK: - 年 and 周年

    /// Characters that make a word with 年 without a number: 今年, 去年, 当年, 每年, 近年, 同年 …
    static let yearWords: Set<Unicode.Scalar> = Set("今明去前后当同次翌该是本上下每其某这那哪此往来旧新历逐隔大小闰元中初末半多数几近常终全长周青少老成早晚丰荒过跨整连累童幼壮经陈学财头".unicodeScalars)

    /// `年` without a year: followed by a month, or `年，` / `年以来` at a clause start.
    static func year(_ c: [Unicode.Scalar], _ i: Int) -> Int? {
        guard c[i] == "年" else { return nil }
        let prev: Unicode.Scalar? = i > 0 ? c[i - 1] : nil
        if let p = prev, isNumberLike(p) || yearWords.contains(p) { return nil }
        var k = i + 1
        while k < c.count, k - i <= 2, numerals.contains(c[k]) { k += 1 }
        if k > i + 1, k < c.count, c[k] == "月" { return 1 }
        let clauseStart = prev.map { clauseBoundary.contains($0) } ?? true
        if clauseStart, i + 1 < c.count, c[i + 1] == "，" || c[i + 1] == "," || c[i + 1] == "、" || hasPrefix(c, at: i + 1, since) {
            return 1
        }
        return nil
    }

    static let since: [Unicode.Scalar] = "以来".scalars
    static let zhounian: [Unicode.Scalar] = "周年".scalars
    static let anniversaryWords: Set<Unicode.Scalar> = Set("几多数整满逢每".unicodeScalars)

    /// `周年` after a non-number: `纪念“五四运动”周年`.
    static func anniversary(_ c: [Unicode.Scalar], _ i: Int) -> Int? {
        guard c[i] == "周", hasPrefix(c, at: i, zhounian) else { return nil }
        if i > 0, isNumberLike(c[i - 1]) || anniversaryWords.contains(c[i - 1]) { return nil }
        return 2
    }

    // MARK: - Measure words

    struct Measure {
        var unit: [Unicode.Scalar]
        /// Scalars after which the unit stands without a number (besides numerals, vague counts).
        var allowedBefore: Set<Unicode.Scalar> = []
        /// If set, warn only after one of these characters.
        var onlyBefore: Set<Unicode.Scalar>? = nil
        /// If set, the unit must lead into one of these (a measure of something countable).
        var needsAfter: [[Unicode.Scalar]]? = nil
        var deniedAfter: [[Unicode.Scalar]] = []
        /// Text before the unit that always means a missing number (`共有个`).
        var forcedBefore: [[Unicode.Scalar]] = []

        init(unit: String, allowedBefore: Set<Unicode.Scalar> = [], onlyBefore: Set<Unicode.Scalar>? = nil,
             needsAfter: [String]? = nil, deniedAfter: [String] = [], forcedBefore: [String] = []) {
            self.unit = unit.scalars
            self.allowedBefore = allowedBefore
            self.onlyBefore = onlyBefore
            self.needsAfter = needsAfter?.map(\.scalars)
            self.deniedAfter = deniedAfter.map(\.scalars)
            self.forcedBefore = forcedBefore.map(\.scalars)
        }
    }

    static let personNouns = [
        "党员", "干部", "群众", "志愿", "学生", "人员", "职工", "员工", "村民", "居民", "代表", "同志", "专家",
        "人才", "驾驶员", "司机", "企业家", "青年", "新锐", "骨干", "优秀", "成员", "队员", "农民", "贫困",
        "儿童", "老人", "老党员", "教师", "医生", "医护", "医务", "书记", "村干部", "社区", "网格员", "楼长",
        "退役", "青少年", "大学生", "考生", "候选人", "选手", "运动员", "在职", "流动", "困难", "老年", "留守",
        "乡贤", "能人", "返乡", "机关", "党组织", "入党", "新党员", "预备党员", "积极分子", "发展对象",
        "领导", "年轻", "律师", "民警", "辅警", "工作者", "讲师", "师生", "快递", "外卖", "骑手",
    ]
    static let countables = ["人次", "名", "个", "人", "批", "次", "家", "户", "项", "万", "亿", "篇", "条", "场", "所",
                             "位", "件", "元", "亩", "公里", "平方", "辆", "天", "处", "座", "支", "期", "株", "棵", "吨", "米"]

    static let countableChars: [[Unicode.Scalar]] = countables.map(\.scalars)

    static let measures: [Measure] = [
        Measure(unit: "个",
                allowedBefore: Set("这那哪每各某整单逐个好上下此该是有做打来搞找看讲说交过立吃喝睡洗问聊唱买送给拿换叫算成啥".unicodeScalars),
                deniedAfter: ["人", "别", "体", "性", "案", "头", "子", "税", "中"],
                forcedBefore: ["共有", "现有", "拥有", "建有", "设有", "新建", "建成"]),
        Measure(unit: "名",
                allowedBefore: Set("著知闻出成驰提报点排署签实匿化美盛声英联齐得莫冠更挂题姓命功书地品罪大小艺笔真假本俗学别人芳虚浮威扬留除落记列任正慕恶污全单网重同无".unicodeScalars),
                needsAfter: personNouns),
        Measure(unit: "公里", allowedBefore: Set("每方千".unicodeScalars), deniedAfter: ["数"]),
        Measure(unit: "千米", allowedBefore: Set("每方".unicodeScalars), deniedAfter: ["数"]),
        Measure(unit: "平方米", allowedBefore: Set("每".unicodeScalars)),
        Measure(unit: "万元", allowedBefore: Set("近上超逾过每成破千百十万亿".unicodeScalars), deniedAfter: ["以上", "以下", "级", "户", "大关"]),
        Measure(unit: "亿元", allowedBefore: Set("近上超逾过每成破千百十万亿".unicodeScalars), deniedAfter: ["以上", "以下", "级", "户", "大关"]),
        Measure(unit: "%", allowedBefore: Set("百".unicodeScalars)),
        Measure(unit: "％", allowedBefore: Set("百".unicodeScalars)),
        Measure(unit: "栋", allowedBefore: Set("这那哪每各某整单".unicodeScalars), needsAfter: ["楼", "房", "住", "建", "厂", "民", "别", "宿", "居", "大楼", "高楼"]),
        Measure(unit: "余", allowedBefore: Set("其剩业盈结富残之有年月课工闲空节宽绰".unicodeScalars), needsAfter: countables),
        Measure(unit: "多", onlyBefore: Set("约逾".unicodeScalars), needsAfter: countables),
    ]

    static let measureStarts: Set<Unicode.Scalar> = Set(measures.compactMap(\.unit.first))

    static func measure(_ c: [Unicode.Scalar], _ i: Int) -> Int? {
        guard measureStarts.contains(c[i]) else { return nil }
        for m in measures where hasPrefix(c, at: i, m.unit) {
            let len = m.unit.count
            let after = i + len
            if let needs = m.needsAfter, !startsWithAny(c, at: after, needs) { continue }
            if startsWithAny(c, at: after, m.deniedAfter) { continue }
            if m.forcedBefore.contains(where: { hasPrefix(c, at: i - $0.count, $0) }) { return len }
            guard i > 0 else {
                if m.onlyBefore == nil { return len } else { continue }
            }
            let p = c[i - 1]
            if let only = m.onlyBefore {
                if only.contains(p) { return len }
                continue
            }
            if isNumberLike(p) || vagueCounts.contains(p) || m.allowedBefore.contains(p) { continue }
            return len
        }
        return nil
    }

    static let zeroNeighbours: Set<Unicode.Scalar> = Set(".．:：-/".unicodeScalars)
    static let zeroCounted: Set<Unicode.Scalar> = Set("名个人家户项".unicodeScalars)

    /// A count whose leading digits are gone: `0余名`, `00名`.
    static func leadingZero(_ c: [Unicode.Scalar], _ i: Int) -> Int? {
        guard c[i] == "0" else { return nil }
        if i > 0, numerals.contains(c[i - 1]) || zeroNeighbours.contains(c[i - 1]) { return nil }
        var k = i
        while k < c.count, c[k].isASCIIDigit { k += 1 }
        guard k < c.count else { return nil }
        if c[k] == "余" || c[k] == "多", startsWithAny(c, at: k + 1, countableChars) { return k - i + 1 }
        if k - i >= 2, zeroCounted.contains(c[k]) { return k - i }
        return nil
    }
}
