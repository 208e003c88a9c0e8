import Foundation

/// Pinyin from Foundation's ICU Han-Latin transform, with glossary readings taking precedence
/// (ICU knows one reading per character: 银行 comes out as yín xíng).
public enum PinyinText {
    /// Syllables with tone marks, separated by spaces: 太仓 → "tài cāng".
    public static func syllables(_ zh: String, glossary: Glossary) -> String {
        if let t = glossary[zh], !t.pinyin.isEmpty { return t.pinyin }
        return zh.applyingTransform(.mandarinToLatin, reverse: false) ?? zh
    }

    /// A name written the English way: syllables joined, capitalised, no tones (太仓 → Taicang).
    public static func name(_ zh: String, glossary: Glossary) -> String {
        // Syllables joined; one that starts with a vowel takes an apostrophe (渔安 → Yu'an, not Yuan).
        var plain = ""
        for syllable in toneless(syllables(zh, glossary: glossary)).split(separator: " ") {
            if !plain.isEmpty, let f = syllable.first, "aeoAEO".contains(f), plain.last?.isLetter == true { plain += "'" }
            plain += syllable
        }
        return plain.prefix(1).uppercased() + plain.dropFirst()
    }

    /// A personal name: family name then given name (顾志敏 → Gu Zhimin).
    public static func personalName(_ zh: String, glossary: Glossary) -> String {
        if let t = glossary[zh] { return t.en }
        let chars = Array(zh)
        guard chars.count >= 2 else { return name(zh, glossary: glossary) }
        let family = name(String(chars[0]), glossary: glossary)
        let given = name(String(chars[1...]), glossary: glossary)
        return "\(family) \(given)"
    }

    public static func toneless(_ s: String) -> String {
        s.applyingTransform(.stripDiacritics, reverse: false)?.replacingOccurrences(of: "'", with: "") ?? s
    }

    /// Lowercase ASCII for slugs: 太仓 → "taicang".
    public static func slug(_ zh: String, glossary: Glossary) -> String {
        let latin = toneless(syllables(zh, glossary: glossary)).lowercased()
        let allowed = latin.unicodeScalars.map { ($0.value < 128 && ($0.properties.isAlphabetic || ("0"..."9").contains(Character($0)))) ? Character($0) : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }
}
