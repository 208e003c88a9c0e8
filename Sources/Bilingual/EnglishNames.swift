import Foundation
import SiteModel
import Normalize

/// English for program names: the glossary first; otherwise pinyin of the specific part
/// plus English for the generic head (思源工程 → Siyuan Project).
public enum EnglishNames {
    /// Generic heads, longest first so that 三年行动计划 wins over 计划.
    static let heads: [(String, String)] = [
        ("三年行动计划", "Three-Year Action Plan"), ("三年行动", "Three-Year Campaign"), ("行动计划", "Action Plan"),
        ("专项行动", "Special Campaign"), ("提升行动", "Improvement Campaign"), ("提升计划", "Improvement Plan"),
        ("培育工程", "Cultivation Project"), ("工作机制", "Working Mechanism"), ("工作体系", "Working System"),
        ("示范圈", "Demonstration Circle"), ("示范带", "Demonstration Belt"), ("示范线", "Demonstration Route"),
        ("工作室", "Studio"), ("服务站", "Service Station"), ("工作站", "Workstation"), ("工作法", "Work Method"),
        ("综合体", "Complex"), ("共同体", "Community"), ("联合体", "Consortium"),
        ("工程", "Project"), ("计划", "Plan"), ("行动", "Campaign"), ("品牌", "Brand"), ("驿站", "Station"),
        ("联盟", "Alliance"), ("平台", "Platform"), ("学院", "Academy"), ("书院", "Academy"), ("中心", "Center"),
        ("家园", "Home"), ("管家", "Steward"), ("项目", "Project"), ("e家", "e-Home"), ("e站", "e-Station"),
        ("体系", "System"), ("机制", "Mechanism"), ("制度", "System"), ("学堂", "School"), ("课堂", "Classroom"),
        ("讲堂", "Lecture Hall"), ("食堂", "Canteen"), ("礼堂", "Hall"), ("党课", "Party Lessons"), ("走廊", "Corridor"),
        ("评选", "Selection"), ("评比", "Contest"), ("活动", "Campaign"), ("制", "System"), ("服务码", "Service Code"), ("码", "Code"),
        ("广场", "Square"), ("公园", "Park"), ("港湾", "Harbor"), ("小院", "Courtyard"), ("客厅", "Parlor"), ("夜校", "Night School"),
        ("讲习所", "Lecture Institute"), ("服务队", "Service Team"), ("先锋队", "Vanguard Team"), ("突击队", "Shock Team"),
        ("宣讲团", "Outreach Troupe"), ("议事会", "Council"), ("合作社", "Cooperative"), ("专班", "Task Force"), ("地图", "Map"),
        ("热线", "Hotline"), ("小程序", "Mini Program"), ("直通车", "Express"), ("擂台", "Contest"), ("训练营", "Camp"),
        ("培训班", "Training Class"), ("领航班", "Leadership Class"), ("基地", "Base"), ("创客空间", "Maker Space"), ("空间", "Space"),
        ("长廊", "Corridor"), ("书屋", "Reading Room"), ("超市", "Supermarket"), ("工作坊", "Workshop"), ("示范区", "Demonstration Zone"),
    ]

    public static func program(_ zh: String, glossary: Glossary) -> (en: String, pinyin: String) {
        // A plan's period: 《…三年行动计划（2022—2024年）》 → … Three-Year Action Plan (2022–2024).
        if let m = zh.firstMatch(of: /[（(](\d{4})\s*[—–\-~至到]+\s*(\d{4})年?[）)]$/), m.range.lowerBound > zh.startIndex {
            let named = name(String(zh[..<m.range.lowerBound]), glossary: glossary)
            return (titleCased(named.en) + " (\(m.1)–\(m.2))", named.pinyin + " (\(m.1)–\(m.2))")
        }
        let named = name(zh, glossary: glossary)
        return (titleCased(named.en), named.pinyin)
    }

    /// Splits a name into Han runs and the marks and Latin or digit runs between them (`1+6+N党群服务体系`).
    static func pieces(_ zh: String) -> [(text: String, han: Bool)] {
        var out: [(text: String, han: Bool)] = []
        for c in zh where !"“”‘’\"《》".contains(c) {
            let han = c.unicodeScalars.first?.properties.isIdeographic == true
            let alnum = c.isASCII && (c.isLetter || c.isNumber)
            if let last = out.last, last.han == han, han || (alnum && last.text.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true) {
                out[out.count - 1].text.append(c)
            } else {
                out.append((String(c), han))
            }
        }
        return out
    }

    /// Joins words and marks: a comma after 、, no spaces around `+` or inside brackets, `·` spaced.
    static func joinParts(_ parts: [String]) -> String {
        var out = ""
        for part in parts {
            switch part {
            case "、", "，", ",": out += ","
            case " ", "　": continue
            case "+", "＋": out += "+"
            case "（", "(": out += out.isEmpty ? "(" : " ("
            case "）", ")": out += ")"
            case "—", "–", "-": out += "–"
            default:
                if let last = out.last, !"+(–".contains(last) { out += " " }
                out += part
            }
        }
        return out
    }

    /// A program's English is a name: `growth record` → Growth Record, `heart-to-heart talks` →
    /// Heart-to-Heart Talks; short function words stay lower case.
    static func titleCased(_ en: String) -> String {
        let small: Set<String> = ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "vs"]
        var words = en.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for (i, word) in words.enumerated() where !word.isEmpty {
            let parts = word.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
            words[i] = parts.enumerated().map { j, part in
                // Quote marks before a word: "blood-making" → "Blood-Making".
                let quote = part.prefix { "\"'“‘(".contains($0) }
                let core = part.dropFirst(quote.count)
                // Single letters stay as written: e-Home.
                guard core.count > 1, let f = core.first, f.isLowercase, f.isASCII else { return part }
                if (i > 0 || j > 0), small.contains(core.lowercased()) { return part }
                return quote + core.prefix(1).uppercased() + core.dropFirst()
            }.joined(separator: "-")
        }
        return words.joined(separator: " ")
    }

    static func name(_ zh: String, glossary: Glossary) -> (en: String, pinyin: String) {
        if let t = glossary[zh] { return (t.en, t.pinyin.isEmpty ? PinyinText.syllables(zh, glossary: glossary) : t.pinyin) }
        let pinyin = wordPinyin(zh, glossary: glossary)
        for (head, en) in heads where zh.hasSuffix(head) && zh.count > head.count {
            let specific = english(String(zh.dropLast(head.count)), glossary: glossary)
            // The glossary's English may already name the kind (一线破难、小事建功 → … Campaign).
            let kind = en.split(separator: " ").last.map { $0.lowercased() } ?? ""
            if ["campaign", "system", "mechanism", "plan", "project", "program", "programme"].contains(where: { specific.lowercased().hasSuffix($0) }),
               ["campaign", "system", "mechanism", "plan", "project"].contains(kind) {
                return (specific.prefix(1).uppercased() + specific.dropFirst(), pinyin)
            }
            return ("\(specific) \(en)", pinyin)
        }
        return (english(zh, glossary: glossary), pinyin)
    }

    /// Pinyin with tones, a word at a time and capitalised as names are written (百村强基工程 → Bǎicūn Qiángjī
    /// Gōngchéng), glossary words with their own reading; marks kept.
    static func wordPinyin(_ zh: String, glossary: Glossary) -> String {
        var parts: [String] = []
        for piece in pieces(zh) {
            guard piece.han else { parts.append(piece.text); continue }
            for word in words(piece.text) {
                var joined = ""
                for syllable in PinyinText.syllables(word, glossary: glossary).split(separator: " ") {
                    if !joined.isEmpty, let f = PinyinText.toneless(String(syllable)).first, "aeoAEO".contains(f) { joined += "'" }
                    joined += syllable
                }
                parts.append(joined.prefix(1).uppercased() + joined.dropFirst())
            }
        }
        return joinParts(parts)
    }

    /// Lexicon words of a run of Han characters, single characters kept together (海曙区 stays one word).
    static func words(_ run: String) -> [String] {
        var words: [String] = []
        var singles = ""
        for word in Lexicon.segment(run) {
            if word.count == 1 { singles += word; continue }
            if !singles.isEmpty { words.append(singles); singles = "" }
            words.append(word)
        }
        if !singles.isEmpty { words.append(singles) }
        return words
    }

    /// The specific part of a name: English when the glossary covers all of it, else pinyin word by word
    /// (四岗十五级 → Si Gang Shiwu Ji, not Sigangshiwuji), with the text's marks kept (`+`, `·`, `、` as a comma).
    static func english(_ zh: String, glossary: Glossary) -> String {
        let plain = zh.filter { !"“”‘’\"".contains($0) }
        if let t = glossary[plain] { return t.en }
        if let covered = TermEnglish.english(plain, glossary: glossary) { return covered.prefix(1).uppercased() + covered.dropFirst() }
        // Not all of it is in the glossary: a name, so pinyin throughout (half-English names read worse),
        // one word per lexicon word, single characters kept together (海曙区 → Haishuqu).
        var parts: [String] = []
        for piece in pieces(plain) {
            if piece.han { parts += words(piece.text).map { PinyinText.name($0, glossary: glossary) } } else { parts.append(piece.text) }
        }
        return joinParts(parts)
    }
}

/// An editor's English sidecar: optional front matter (`title:`) then Markdown.
public struct Sidecar: Sendable, Equatable {
    public var title: String?
    public var markdown: String

    public init(parsing text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var title: String?
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                    value = String(value.dropFirst().dropLast())
                }
                if key == "title", !value.isEmpty { title = value }
            }
            lines.removeSubrange(0...end)
        }
        self.title = title
        self.markdown = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
