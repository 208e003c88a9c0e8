import Foundation
import Normalize
import SiteModel

/// Numbers with their units and what they count, as an analyst tabulates them. See EXTRACTORS.md.
public enum Figures {
    /// Measure words and units, longest first. Calendar units (年, 月, 日, 时) are not figures.
    static let units = ["平方公里", "平方米", "万平方米", "亿元", "万元", "千元", "公里", "人次", "余人", "户次", "家次", "标准箱", "个百分点", "船次", "车次", "架次", "场次", "小时", "课时", "学时",
                        "立方米", "公斤", "千克", "千米", "公顷", "分钟", "个月", "辆次", "人天", "批次", "个工作日", "工作日",
                        "头只", "艘", "架", "头", "只", "口", "株", "棵", "册", "卷", "首", "盏", "块", "幅",
                        "%", "％", "元", "个", "名", "人", "家", "项", "条", "类", "次", "户", "村", "支", "批", "场", "篇", "所", "座",
                        "期", "件", "起", "套", "倍", "处", "位", "组", "份", "轮", "门", "节", "天", "周", "台", "辆", "栋", "间", "亩", "吨",
                        "岁", "届", "层", "级", "星", "大类", "小项", "大项", "种", "款", "部", "本", "堂", "课", "队", "张", "枚",
                        "笔", "单", "宗", "把", "片", "根", "箱", "斤", "米", "床", "顶", "双", "瓶", "羽", "对", "幢", "分"]
    static let qualifiersBefore = ["超过", "超", "近", "约", "逾", "达", "共", "累计", "总计", "合计"]
    static let qualifiersAfter = ["多", "余", "以上", "左右"]
    static let chineseDigits: [Character: Double] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    static let chineseUnits: [Character: Double] = ["十": 10, "百": 100, "千": 1000]

    nonisolated(unsafe) static let arabic = /(\d+(?:\.\d+)?)\s*(万|亿)?/
    nonisolated(unsafe) static let chinese = /[零〇一二两三四五六七八九十百千]{1,6}(?:万|亿)?/

    public static func find(in blocks: [Block]) -> [Figure] {
        var figures: [Figure] = []
        for block in blocks where block.kind == .paragraph {
            for sentence in Sentences.split(block.zh) {
                figures += find(inSentence: sentence)
            }
        }
        return figures
    }

    static func find(inSentence sentence: String) -> [Figure] {
        var out: [Figure] = []
        let s = Array(sentence)
        var i = 0
        while i < s.count {
            guard let number = parseNumber(s, at: i) else { i += 1; continue }
            var j = number.end
            var qualifier = qualifierBefore(s, at: i) ?? (s[i..<number.end].contains("多") ? "多" : s[i..<number.end].contains("余") ? "余" : nil)
            if let q = qualifiersAfter.first(where: { matches(s, j, $0) }) { qualifier = qualifier ?? q; j += q.count }
            // A range: 4400元至8700元, 3至5个.
            var upper: Double?
            var unit = units.first { matches(s, j, $0) }
            if let u = unit { j += u.count }
            for sep in ["至", "到", "-", "~", "～"] where matches(s, j, sep) {
                if let second = parseNumber(s, at: j + sep.count) {
                    let after = second.end
                    let u2 = units.first { matches(s, after, $0) }
                    if unit == nil || u2 == unit { upper = second.value; unit = unit ?? u2; j = after + (u2?.count ?? 0) }
                }
            }
            // (`积分46万分` counts points; `9时30分` is a time.)
            guard let u = unit, isFigure(s, start: i, number: number, unit: u),
                  !(u == "分" && i > 0 && "时点:：".contains(s[i - 1])) else { i = number.end; continue }
            if let q = qualifiersAfter.first(where: { matches(s, j, $0) }) { qualifier = qualifier ?? q; j += q.count }
            let share = u == "%" || u == "％" || u == "倍" || u == "个百分点"
            let subject = share && matches(s, j, "的") ? subjectAfter(s, j)
                : share && i > 0 && s[i - 1] == "、" && out.last.map({ ["%", "％"].contains($0.unit) }) == true ? out.last?.subject  // 85%、95%
                : share ? subjectBefore(s, i) : (subjectAfter(s, j) ?? nounPhraseBefore(s, i - (qualifier.map { qualifiersBefore.contains($0) ? $0.count : 0 } ?? 0)))
            var named = subject.map(withoutScope)
            // `实现地区生产总值3500余亿元，同比增长10.1%`: a growth rate with no measure of its own is the previous figure's.
            if share, named == nil || comparisons.contains(named ?? "") { named = out.last?.subject }
            let start = i - (qualifierBefore(s, at: i)?.count ?? 0)
            out.append(Figure(value: number.value, upper: upper, unit: normalizedUnit(u), qualifier: qualifier,
                              subject: named, sentence: sentence.trimmingCharacters(in: .whitespaces), text: String(s[start..<j])))
            i = j
        }
        return out
    }

    /// `4大类`, `33小项` count 类 and 项; the text keeps the source's words.
    static func normalizedUnit(_ u: String) -> String {
        switch u {
        case "％": "%"
        case "大类": "类"
        case "小项", "大项": "项"
        default: u
        }
    }

    static func matches(_ s: [Character], _ at: Int, _ word: String) -> Bool {
        let w = Array(word)
        guard at >= 0, at + w.count <= s.count else { return false }
        return Array(s[at..<(at + w.count)]) == w
    }

    static func qualifierBefore(_ s: [Character], at i: Int) -> String? {
        qualifiersBefore.first { matches(s, i - $0.count, $0) }
    }

    /// A number starting at `i`: Arabic with optional 万/亿, or Chinese numerals.
    static func parseNumber(_ s: [Character], at i: Int) -> (value: Double, end: Int)? {
        guard i < s.count else { return nil }
        if s[i].isASCII, s[i].isNumber {
            if i > 0, s[i - 1].isASCII, s[i - 1].isNumber || s[i - 1] == "." || s[i - 1].isLetter || s[i - 1] == "+" { return nil }
            var j = i
            while j < s.count, s[j].isASCII, s[j].isNumber || (s[j] == "." && j + 1 < s.count && s[j + 1].isNumber) { j += 1 }
            guard var value = Double(String(s[i..<j])) else { return nil }
            if j < s.count, s[j] == "+" { return nil }  // codes like 1+7, 3+3+N
            // `300多万人`: the approximation sits before the multiplier (the caller reads it from the text).
            if j + 1 < s.count, "多余".contains(s[j]), "万亿".contains(s[j + 1]) { j += 1 }
            if j < s.count, s[j] == "万" { value *= 10_000; j += 1 } else if j < s.count, s[j] == "亿" { value *= 100_000_000; j += 1 }
            // 2.3亿 is 230000000, not 229999999.99999997.
            return ((value * 100).rounded() / 100, j)
        }
        // `近万名`, `上万人`: ten thousand, approximately.
        if s[i] == "万", i > 0, "近上逾超".contains(s[i - 1]) { return (10_000, i + 1) }
        guard chineseDigits[s[i]] != nil || s[i] == "十" else { return nil }
        if i > 0, chineseDigits[s[i - 1]] != nil || chineseUnits[s[i - 1]] != nil { return nil }
        var j = i
        while j < s.count, chineseDigits[s[j]] != nil || chineseUnits[s[j]] != nil || s[j] == "万" || s[j] == "亿" { j += 1 }
        let text = Array(s[i..<j])
        // Single digits are words (一个 "a", 一线) unless a multiplier makes them a count.
        guard text.count >= 2 || text.first == "十", let value = chineseValue(text) else { return nil }
        return (value, j)
    }

    static func chineseValue(_ chars: [Character]) -> Double? {
        var total = 0.0, section = 0.0, digit = 0.0
        for c in chars {
            if let d = chineseDigits[c] { digit = d; continue }
            if let u = chineseUnits[c] { section += (digit == 0 ? 1 : digit) * u; digit = 0; continue }
            if c == "万" { total += (section + digit) * 10_000; section = 0; digit = 0; continue }
            if c == "亿" { total += (section + digit) * 100_000_000; section = 0; digit = 0; continue }
            return nil
        }
        let value = total + section + digit
        return value > 0 ? value : nil
    }

    /// Excludes years, dates, ordinals, codes in quotes and idioms.
    static func isFigure(_ s: [Character], start: Int, number: (value: Double, end: Int), unit: String) -> Bool {
        if number.value == 0 { return false }  // a number cut off by scraping (`0余名`)
        if start > 0, s[start - 1] == "第" { return false }
        if unit == "周", matches(s, number.end + 1, "年") { return false }  // 100周年: an anniversary
        // Numbers inside quoted names are part of the name (`“四岗十五级”`, `“30分钟…示范圈”`).
        let opens = s[..<start].filter { $0 == "“" }.count, closes = s[..<start].filter { $0 == "”" }.count
        return opens <= closes
    }

    /// Parts of speech that end a noun phrase: verbs, prepositions, conjunctions, particles,
    /// adverbs, pronouns, numerals, measure words, localisers, time words.
    static let phraseEnders: Set<String> = ["v", "vd", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "f", "t", "y", "e", "o", "zg"]

    /// What the number counts: the noun phrase after the unit (`154类惠企政策` → 惠企政策,
    /// `3409名党员当先锋` → 党员), cut at the first verb or function word (lexicon tags).
    static func subjectAfter(_ s: [Character], _ j: Int) -> String? {
        var j = j
        // A rate (`3000元/家的党组织创建经费`) or a share (`37%的村级事务`): the noun after 的.
        if j + 1 < s.count, s[j] == "/", s[j + 1].isHanCharacter { j += 2 }
        if j < s.count, s[j] == "的" { j += 1 }
        // A quoted name counted (`6个“党员先锋驿站”`, `52期“R·E·D”党课`) is the subject, with the noun after it.
        var quoted = ""
        if j < s.count, s[j] == "“", let close = s[j...].firstIndex(of: "”"), close - j <= 24 {
            quoted = String(s[(j + 1)..<close])
            j = close + 1
        }
        var k = j
        while k < s.count, k - j < 12, s[k].isHanCharacter || (s[k].isLetter && s[k].isASCII) { k += 1 }
        var subject = ""
        var nominal = false
        // Words of the genre the lexicon lacks: 规上企业 (above-scale enterprises), not 规 + 上.
        var text = String(s[j..<k])
        var lead: [String] = []
        if let w = ["规模以上", "规上"].first(where: { text.hasPrefix($0) }) { lead = [w]; text.removeFirst(w.count) }
        let words = lead + Lexicon.segment(text)
        var consumed = 0
        for (n, word) in words.enumerated() {
            let tag = Lexicon.partOfSpeech(word)
            // A two-character verb closing the phrase is used as a noun (`40项具体举措，`).
            let closing = n == words.count - 1 && k < s.count && !s[k].isHanCharacter && word.count == 2 && !subject.isEmpty
            if let tag, phraseEnders.contains(tag), !closing, !(subject.isEmpty && boundNouns.contains(word)) {
                break
            }
            if tag == nil, word.count == 1, !subject.isEmpty { break }
            subject += word
            consumed += word.count
            nominal = nominal || closing
        }
        // Modifiers before a quoted name: `71个优质“造血”项目`, `10个党员教育“源动力”中心`.
        if quoted.isEmpty, !subject.isEmpty, j + consumed == k, k < s.count, s[k] == "“", let more = subjectAfter(s, k) {
            return subject + more
        }
        if !quoted.isEmpty { return quoted + (containsNoun(subject) || nominal ? subject : "") }
        if nominal { return subject }
        if boundNouns.contains(subject) { return subject }
        return containsNoun(subject) ? subject : nil
    }

    /// Single characters counted as nouns after a measure word (`73个村`, `300户`), whatever jieba tags them.
    static let boundNouns: Set<String> = ["村", "镇", "户", "人", "校", "县", "市", "区", "街", "站", "岗", "店"]

    static let nounTags: Set<String> = ["n", "nr", "ns", "nt", "nz", "nrt", "nrfg", "ng", "vn", "j", "an", "l"]

    static func containsNoun(_ phrase: String) -> Bool {
        !phrase.isEmpty && Lexicon.segment(phrase).contains { Lexicon.partOfSpeech($0).map(nounTags.contains) ?? ($0.count > 1) }
    }

    /// The noun phrase right before a number (`发布惠企政策154类` → 惠企政策), for counts that follow
    /// what they count.
    static func nounPhraseBefore(_ s: [Character], _ i: Int) -> String? {
        var i = i
        // Words linking the noun to its number: `工资从4400元`, `面积超1万平方米`, `收入全部超过50万元`.
        for _ in 0..<2 {
            if let bridge = bridges.first(where: { matches(s, i - $0.count, $0) }) { i -= bridge.count }
        }
        var k = i
        while k > 0, i - k < 10, s[k - 1].isHanCharacter { k -= 1 }
        // A quoted name right before its count: `建成“暖蜂驿站”45个`.
        if i > 0, s[i - 1] == "”", let open = s[..<i].lastIndex(of: "“"), i - open <= 24 { return String(s[(open + 1)..<(i - 1)]) }
        var words: [String] = []
        // Per-head amounts: `户均增收3200元`, `人均年增收1.2万元` (户均 and 人均 are no lexicon words).
        var perHead = ""
        let window = String(s[k..<i])
        if let r = ["户均增收", "人均增收", "人均年增收", "户均年增收", "村均增收"].first(where: { window.hasSuffix($0) }) {
            perHead = r
            i -= r.count
        }
        // Matched from the number backwards: the window's start cuts words, its end does not.
        let segmented = perHead.isEmpty ? Lexicon.segmentBackward(window) : Lexicon.segmentBackward(String(s[k..<i]))
        for (n, word) in segmented.reversed().enumerated() {
            // A verb of gain right before the amount belongs to what is counted: `农户户均增收4800元`.
            let gain = n == 0 && word.count == 2 && Lexicon.partOfSpeech(word) == "v" && segmented.count >= 2
                && Lexicon.partOfSpeech(segmented[segmented.count - 2]).map(nounTags.contains).orFalse
            guard gain || Lexicon.partOfSpeech(word).map({ nounTags.contains($0) || ($0 == "b" || $0 == "a") && !words.isEmpty }).orFalse
            else {
                // A bound single-character noun takes the character before it: 涉|企 → 涉企流程.
                if word.count == 1, words.first?.count == 1 { words.insert(word, at: 0) }
                break
            }
            words.insert(word, at: 0)
        }
        // A quoted name before the nouns: `建成“楼立方”党群服务站27个` → 楼立方党群服务站.
        let start = i - words.joined().count
        if !words.isEmpty, start > 0, s[start - 1] == "”", let open = s[..<start].lastIndex(of: "“"), start - open <= 24 {
            words.insert(String(s[(open + 1)..<(start - 1)]), at: 0)
        }
        let phrase = words.joined() + perHead
        if !perHead.isEmpty { return phrase }
        return containsNoun(phrase) ? phrase : nil
    }

    static let comparisons: Set<String> = ["比上年", "较上年", "比去年", "较去年", "同比", "环比", "比上年度", "较上一届"]

    /// `全县村级集体经济收入` → 村级集体经济收入: the scope word says where, not what.
    static func withoutScope(_ subject: String) -> String {
        for scope in ["全县", "全区", "全市", "全省", "全镇", "全村", "全国", "全街道"] where subject.hasPrefix(scope) && subject.count > scope.count + 1 {
            return String(subject.dropFirst(scope.count))
        }
        return subject
    }

    static let bridges = ["下降到", "下降至", "提高到", "提高至", "提升到", "提升至", "增加到", "增至", "降至", "达到了",
                          "全部", "均", "已", "从", "在", "超过", "超", "达到", "达", "为", "共", "累计", "分别", "约", "近"]

    static let verbsBefore = ["保持在", "稳定在", "维持在", "控制在", "连续多年", "连续三年", "连续两年", "多年", "同比增长", "同比增幅", "提高到", "提高至", "提升到", "提升至", "下降到", "下降至", "增长", "增幅", "提高", "提升", "下降", "达到", "达", "分别", "超过", "超", "不低于",
                              "不少于", "以上", "为", "约", "预计", "的"]

    /// For percentages: the measure named before the number (`一般公共预算收入同比增长31.4%`).
    static func subjectBefore(_ s: [Character], _ i: Int) -> String? {
        var k = i
        while k > 0, i - k < 24, !"，。；：、（）“”".contains(s[k - 1]) { k -= 1 }
        var subject = String(s[k..<i])
        // `覆盖率由两年前的41%提升至78.5%`: the measure is what comes before 由.
        if let from = subject.firstIndex(of: "由"), from != subject.startIndex { subject = String(subject[..<from]) }
        // `较三年前提高11.2个百分点`: a comparison names no measure.
        if subject.hasPrefix("较") || subject.hasPrefix("比") { return nil }
        var trimmed = true
        while trimmed {
            trimmed = false
            for v in verbsBefore where subject.hasSuffix(v) { subject.removeLast(v.count); trimmed = true }
        }
        for p in ["今年上半年", "今年", "上半年", "其中", "全年"] where subject.hasPrefix(p) { subject.removeFirst(p.count) }
        for q in qualifiersBefore where subject.hasSuffix(q) { subject.removeLast(q.count) }
        for v in verbsBefore where subject.hasSuffix(v) { subject.removeLast(v.count) }
        return subject.isEmpty ? nil : subject
    }
}
