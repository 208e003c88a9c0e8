import Foundation

/// Removes pinyin readings glued after characters by the source page: `關(guān)鍵` → `關鍵`.
/// An annotation is a parenthesised single pinyin syllable right after a Han character;
/// it must carry a tone mark, or be the character's own toneless reading, so that
/// parenthesised Latin in the text (`(O2O)`, `(app)`) is left alone.
public enum PinyinAnnotations {
    public static func strip(_ text: String, log: inout RepairLog) -> String {
        let s = text.scalars
        guard s.contains("(") else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        while i < s.count {
            let c = s[i]
            out.append(c)
            if c.isHan, i + 2 < s.count, s[i + 1] == "(", let close = closing(s, from: i + 2) {
                let syllable = Array(s[(i + 2)..<close]).string
                if Pinyin.isAnnotation(syllable, after: c) {
                    log.record(.pinyinAnnotation, before: Array(s[i...close]).string, after: String(c))
                    i = close + 1
                    continue
                }
            }
            i += 1
        }
        return out.string
    }

    private static func closing(_ s: [Unicode.Scalar], from start: Int) -> Int? {
        var j = start
        while j < s.count, j - start <= 7 {
            if s[j] == ")" { return j > start ? j : nil }
            guard Pinyin.isPinyinLetter(s[j]) else { return nil }
            j += 1
        }
        return nil
    }
}

/// Pinyin syllable checks used by the annotation passes.
public enum Pinyin {
    static let toneVowels: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (base, marked) in [("a", "āáǎà"), ("e", "ēéěè"), ("i", "īíǐì"), ("o", "ōóǒò"), ("u", "ūúǔù"), ("ü", "ǖǘǚǜ")] {
            for ch in marked.unicodeScalars { m[ch] = base.unicodeScalars.first! }
        }
        m["ń"] = "n"; m["ň"] = "n"; m["ǹ"] = "n"
        return m
    }()

    static func isPinyinLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x61 && c.value <= 0x7A) || c == "ü" || toneVowels[c] != nil
    }

    static func hasToneMark(_ syllable: String) -> Bool {
        syllable.unicodeScalars.contains { toneVowels[$0] != nil }
    }

    /// The syllable without tone marks (ü kept).
    public static func toneless(_ syllable: String) -> String {
        var v = String.UnicodeScalarView()
        for c in syllable.unicodeScalars { v.append(toneVowels[c] ?? c) }
        return String(v)
    }

    nonisolated(unsafe) private static let syllableShape = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iong|iang|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|van|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|ve|er|a|o|e|i|u|ü|v)r?$|^(ng|n|m|hm|hng)$/

    /// True when `syllable` has the shape of one Mandarin syllable.
    public static func isSyllable(_ syllable: String) -> Bool {
        let bare = toneless(syllable)
        guard !bare.isEmpty, bare.count <= 6 else { return false }
        return bare.wholeMatch(of: syllableShape) != nil
    }

    /// A reading glued after `character`: a syllable with a tone mark, or the character's own reading.
    static func isAnnotation(_ syllable: String, after character: Unicode.Scalar) -> Bool {
        guard isSyllable(syllable) else { return false }
        if hasToneMark(syllable) { return true }
        let reading = String(character).applyingTransform(.mandarinToLatin, reverse: false) ?? ""
        return toneless(reading) == syllable
    }
}
