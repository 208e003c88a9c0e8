import Foundation

/// English for a Chinese term: the glossary's entry, or the entries of the glossary terms that
/// cover it completely (`村级党组织` = 村级 + 党组织). A term the glossary cannot cover gives nil,
/// never a half-Chinese string.
public enum TermEnglish {
    public static func english(_ zh: String, glossary: Glossary) -> String? {
        if let t = glossary[zh] { return t.en }
        guard let parts = cover(zh, glossary: glossary), parts.count <= 4 else { return nil }
        return parts.map(\.en).joined(separator: " ")
    }

    /// Longest-first cover of `zh` by glossary terms of two or more characters, or nil.
    static func cover(_ zh: String, glossary: Glossary) -> [Glossary.Term]? {
        let chars = Array(zh)
        var i = 0
        var terms: [Glossary.Term] = []
        while i < chars.count {
            var n = min(10, chars.count - i)
            while n >= 2, glossary[String(chars[i..<(i + n)])] == nil { n -= 1 }
            guard n >= 2, let t = glossary[String(chars[i..<(i + n)])] else { return nil }
            terms.append(t)
            i += n
        }
        return terms.isEmpty ? nil : terms
    }

    /// Plural of an English noun phrase: its head noun (before any "of") takes the plural.
    public static func plural(_ phrase: String) -> String {
        // The head noun stands before a preposition or participle: "candidate for Party membership".
        let markers = [" of ", " for ", " with ", " in ", " on ", " to ", " from ", " applying ", " serving "]
        if let r = markers.compactMap({ phrase.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            return plural(String(phrase[..<r.lowerBound])) + phrase[r.lowerBound...]
        }
        var words = phrase.split(separator: " ").map(String.init)
        guard let last = words.last else { return phrase }
        let invariant: Set<String> = ["staff", "personnel", "people", "yuan", "police", "sheep", "fish", "revenue", "sales", "product", "life"]
        let lower = last.lowercased()
        if invariant.contains(lower) || lower.hasSuffix("s") && !lower.hasSuffix("ss") { return phrase }
        if lower == "person" { words[words.count - 1] = "people" }
        else if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { words[words.count - 1] = String(last.dropLast()) + "ies" }
        else if ["s", "x", "z", "ch", "sh"].contains(where: { lower.hasSuffix($0) }) { words[words.count - 1] = last + "es" }
        else { words[words.count - 1] = last + "s" }
        return words.joined(separator: " ")
    }
}
