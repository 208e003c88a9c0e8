import Foundation
import SiteModel

/// Reading help for Chinese text: HTML in which glossary terms are marked (English and pinyin on
/// hover, or on tap through focus), and the pinyin of every Han character in order
/// (`syllables`), which pages carry in `data-py` so a few lines of script can show it as `<ruby>`
/// on demand. Without script the text reads normally. All text is HTML-escaped here.
public final class ReadingAid: @unchecked Sendable {
    private let terms: [String: Glossary.Term]
    /// Term lengths by first character, longest first: lookups try only lengths that exist.
    private let lengthsByFirst: [Character: [Int]]
    /// Each term's reading split into one syllable per character, done once.
    private let syllablesByTerm: [String: [String]]
    private var readings: [Character: String] = [:]
    private let lock = NSLock()

    /// Terms of one character are too ambiguous to mark (党, 村, 万); persons are names, not terms.
    public init(glossary: Glossary) {
        var terms: [String: Glossary.Term] = [:]
        for t in glossary.terms.values where t.zh.count >= 2 && t.note != "person" && t.zh.allSatisfy({ $0.isHan }) {
            terms[t.zh] = t
        }
        self.terms = terms
        var lengths: [Character: Set<Int>] = [:]
        var split: [String: [String]] = [:]
        for (zh, t) in terms {
            if let f = zh.first { lengths[f, default: []].insert(zh.count) }
            if let parts = Self.split(t.pinyin, into: zh.count) { split[zh] = parts }
        }
        self.lengthsByFirst = lengths.mapValues { $0.sorted(by: >) }
        self.syllablesByTerm = split
    }

    public func html(_ text: String, ruby: Bool = false) -> String {
        let chars = Array(text)
        var out = ""
        out.reserveCapacity(text.utf8.count * (ruby ? 8 : 2))
        var i = 0
        while i < chars.count {
            if chars[i].isHan, let (term, n) = match(chars, at: i) {
                let syllables = syllablesByTerm[term.zh]
                out += "<span class=\"term\" tabindex=\"0\" data-en=\"\(escapeHTML(term.en))\" data-py=\"\(escapeHTML(term.pinyin))\" title=\"\(escapeHTML(term.en)) · \(escapeHTML(term.pinyin))\">"
                for k in 0..<n { out += rubyHTML(chars[i + k], reading: syllables?[k], ruby: ruby) }
                out += "</span>"
                i += n
                continue
            }
            // Plain characters are appended as they are; only the five HTML specials need entities.
            let c = chars[i]
            if ruby, c.isHan {
                out += rubyHTML(c, reading: nil, ruby: true)
            } else if "&<>\"'".contains(c) {
                out += escapeHTML(String(c))
            } else {
                out.append(c)
            }
            i += 1
        }
        return out
    }

    /// One syllable per Han character of `text`, in order, separated by spaces; glossary readings
    /// win inside terms (polyphones: 银行 yínháng), ICU elsewhere.
    public func syllables(_ text: String) -> String {
        let chars = Array(text)
        var out: [String] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isHan else { i += 1; continue }
            if let (term, n) = match(chars, at: i), let parts = syllablesByTerm[term.zh] {
                out += parts.map { $0.lowercased() }
                i += n
                continue
            }
            out.append(reading(chars[i]))
            i += 1
        }
        return out.joined(separator: " ")
    }

    private func match(_ chars: [Character], at i: Int) -> (Glossary.Term, Int)? {
        guard let lengths = lengthsByFirst[chars[i]], lengths.last.map({ i + $0 <= chars.count }) ?? false else { return nil }
        for n in lengths where i + n <= chars.count {
            if let t = terms[String(chars[i..<(i + n)])] { return (t, n) }
        }
        return nil
    }

    private func rubyHTML(_ c: Character, reading: String?, ruby: Bool) -> String {
        guard ruby else { return String(c) }  // callers pass Han characters, which need no escaping
        let py = reading ?? self.reading(c)
        return "<ruby>\(escapeHTML(String(c)))<rp>(</rp><rt>\(escapeHTML(py))</rt><rp>)</rp></ruby>"
    }

    /// ICU's reading of one character, cached (ICU's Han-Latin transform works per character).
    public func reading(_ c: Character) -> String {
        lock.lock(); defer { lock.unlock() }
        if let r = readings[c] { return r }
        let r = String(c).applyingTransform(.mandarinToLatin, reverse: false) ?? ""
        readings[c] = r
        return r
    }

    /// A glossary reading split into one syllable per character (`jīcéng dǎngjiàn` → jī céng dǎng jiàn),
    /// or nil when the split does not give exactly `count` syllables.
    static func split(_ pinyin: String, into count: Int) -> [String]? {
        var syllables: [String] = []
        for word in pinyin.split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "'" || $0 == "’" }) {
            guard let parts = PinyinSyllables.split(String(word)) else { return nil }
            syllables += parts
        }
        return syllables.count == count ? syllables : nil
    }
}

/// Splits a pinyin word into syllables (`dǎngjiàn` → dǎng, jiàn) by longest valid syllable first,
/// backtracking where a final consonant belongs to the next syllable (`xīnán` → xī, nán).
enum PinyinSyllables {
    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""]
    static let finals: Set<String> = ["a", "o", "e", "i", "u", "ü", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao",
                                      "iu", "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "üe", "ue", "üan", "ün", "n", "ng", "m"]

    /// One Mandarin syllable: an initial and a final, at most one tone mark; without an initial
    /// a syllable never starts with i, u or ü (written y, w).
    static func isSyllable(_ s: String) -> Bool {
        let lower = s.lowercased()
        let marks = lower.decomposedStringWithCanonicalMapping.unicodeScalars.filter { (0x0300...0x0304).contains($0.value) || $0.value == 0x030C }.count
        guard marks <= 1 else { return false }
        let bare = toneless(lower)
        for ini in initials where bare.hasPrefix(ini) {
            let fin = String(bare.dropFirst(ini.count))
            guard finals.contains(fin) else { continue }
            if ini.isEmpty, let f = fin.first, "iuü".contains(f) { continue }
            return true
        }
        return false
    }

    static func toneless(_ s: String) -> String {
        var out = ""
        for c in s.decomposedStringWithCanonicalMapping.unicodeScalars where !(0x0300...0x036F).contains(c.value) || c.value == 0x0308 {
            out.unicodeScalars.append(c)
        }
        return out.precomposedStringWithCanonicalMapping
    }

    static func split(_ word: String) -> [String]? {
        let chars = Array(word)
        var memo: [Int: [String]?] = [:]
        func go(_ i: Int) -> [String]? {
            if i == chars.count { return [] }
            if let m = memo[i] { return m }
            var result: [String]?
            for n in stride(from: min(6, chars.count - i), through: 1, by: -1) {
                let piece = String(chars[i..<(i + n)])
                guard isSyllable(piece), let rest = go(i + n) else { continue }
                result = [piece] + rest
                break
            }
            memo[i] = result
            return result
        }
        return go(0)
    }
}

extension Character {
    var isHan: Bool { unicodeScalars.first.map { $0.properties.isIdeographic } ?? false }
}
