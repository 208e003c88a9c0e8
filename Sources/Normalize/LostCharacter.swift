import Foundation
import SiteModel

/// Infers a character whose bytes were partly lost, from the candidates its surviving bytes
/// allow: the candidate that makes the longest, most frequent context attested elsewhere in
/// the same document wins; with no attestation, a clause end (。) where one is allowed.
enum LostCharacter {
    /// Characters that are plausible in running text: common Han characters and Chinese punctuation.
    static func plausible(_ s: String) -> Bool {
        guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else { return false }
        return CJK.isCommon(u) || "。，、；：？！“”‘’（）《》—…·".unicodeScalars.contains(u)
    }

    /// Decodable characters of a two-byte GBK code with the given trail byte.
    static func candidates(trail: UInt8) -> [String] {
        (UInt8(0x81)...UInt8(0xFE)).compactMap { CJK.gbString([$0, trail]) }.filter(plausible)
    }

    /// Decodable characters of a two-byte GBK code with the given lead byte.
    static func candidates(lead: UInt8) -> [String] {
        (Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFE)).compactMap { CJK.gbString([lead, $0]) }.filter(plausible)
    }

    /// Common characters whose Mandarin reading is `syllable` (toneless), from all of GBK.
    static func candidates(reading syllable: String) -> [String] {
        let wanted = Pinyin.toneless(syllable)
        return readingIndex[wanted] ?? []
    }

    private static let readingIndex: [String: [String]] = {
        var index: [String: [String]] = [:]
        for lead in UInt8(0x81)...UInt8(0xFE) {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0x80)...0xFE) {
                guard let s = CJK.gbString([lead, trail]), plausible(s),
                      let reading = s.applyingTransform(.mandarinToLatin, reverse: false) else { continue }
                index[Pinyin.toneless(reading), default: []].append(s)
            }
        }
        return index
    }()

    /// How well `candidate` fits between `before` and `after`. Contexts attested elsewhere in the
    /// document weigh most (longer contexts more); then words of the general lexicon it would
    /// form. A clause end (。) forms no word: it gets a fixed prior that a frequent word beats.
    static func score(_ candidate: String, before: String, after: String, document: String) -> Double {
        let left = Array(before.suffix(3)), right = Array(after.prefix(3))
        if let prior = punctuationPrior(candidate, before: before, after: after, document: document) { return prior }
        var score = 0.0
        for k in 1...3 {
            let attested = Double(k * k * 30)
            if left.count >= k {
                let word = String(left.suffix(k)) + candidate
                score += attested * Double(occurrences(word, in: document)) + Double(k) * Lexicon.weight(word)
            }
            if right.count >= k {
                let word = candidate + String(right.prefix(k))
                score += attested * Double(occurrences(word, in: document)) + Double(k) * Lexicon.weight(word)
            }
        }
        if let l = left.last, let r = right.first {
            score += 3 * Lexicon.weight(String(l) + candidate + String(r))
        }
        return score
    }

    static let clauseEndPrior = 18.0

    /// Punctuation forms no word, so the lexicon cannot rank it: 。 and ， follow a clause of some
    /// length, quotes alternate (an open “ is closed by ”), 、 joins short items.
    static func punctuationPrior(_ c: String, before: String, after: String, document: String) -> Double? {
        guard c.count == 1, "。，、“”".contains(c) else { return nil }
        let last = before.last
        let afterWord = last.map { $0.unicodeScalars.first?.isHan == true || "”）》".contains($0) } ?? false
        let clause = before.reversed().prefix { !"。！？；，、：“”\n".contains($0) }.count
        let line = before.reversed().prefix { $0 != "\n" }
        let open = line.filter { $0 == "“" }.count - line.filter { $0 == "”" }.count
        let beforeWord = after.first?.unicodeScalars.first?.isHan == true
        switch c {
        case "。": return afterWord ? (clause >= 6 ? clauseEndPrior : clauseEndPrior / 3) : 0
        case "，": return afterWord && beforeWord ? (clause >= 4 ? clauseEndPrior * 0.8 : clauseEndPrior / 4) : 0
        case "、": return afterWord && beforeWord && clause <= 8 ? clauseEndPrior / 2 : 0
        case "“": return open <= 0 && beforeWord ? clauseEndPrior * 0.9 : 0
        default: return open > 0 && afterWord ? clauseEndPrior * 1.1 : 0  // ”
        }
    }

    /// Picks the best candidate for the gap between `before` and `after`, or nil when none is attested
    /// and a clause end is not among the candidates.
    static func infer(_ candidates: [String], before: String, after: String, document: String) -> String? {
        guard !candidates.isEmpty else { return nil }
        var best: (String, Double)?
        for c in candidates {
            let s = score(c, before: before, after: after, document: document)
            if s > 0, best == nil || s > best!.1 { best = (c, s) }
        }
        return best?.0 ?? (candidates.count == 1 ? candidates[0] : nil)
    }

    /// Two lost characters around a surviving `middle`: every pair is scored together, the whole
    /// word's attestation first.
    static func inferPair(first: [String], last: [String], middle: String, before: String, after: String,
                          document: String) -> (String, String)? {
        var best: ((String, String), Double)?
        for l in last {
            for f in first {
                let word = f + middle + l
                let s = 1000 * Double(occurrences(word, in: document)) + 10 * Lexicon.weight(word)
                    + score(f, before: before, after: middle + l, document: document)
                    + score(l, before: before + f + middle, after: after, document: document)
                if s > 0, best == nil || s > best!.1 { best = ((f, l), s) }
            }
        }
        return best?.0
    }

    /// Occurrences of `needle` in `haystack`. Short needles (the contexts scored above) are answered
    /// from an n-gram table built once per document; Foundation's `range(of:)` folds Unicode on every
    /// call and was most of the build time.
    static func occurrences(_ needle: String, in haystack: String) -> Int {
        guard !needle.isEmpty else { return 0 }
        return NgramIndex.shared(for: haystack).count(needle)
    }
}

/// Frequent words with frequency and part of speech (Resources/lexicon.tsv, derived from
/// jieba's dictionary; see scripts/make-lexicon.py).
public enum Lexicon {
    struct Entry { var frequency: Int; var partOfSpeech: String }

    private static let entries: [String: Entry] = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [:] }
        var table: [String: Entry] = [:]
        table.reserveCapacity(100_000)
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t")
            guard f.count >= 2, let n = Int(f[1]) else { continue }
            table[String(f[0])] = Entry(frequency: n, partOfSpeech: f.count > 2 ? String(f[2]) : "x")
        }
        return table
    }()

    public static func frequency(_ word: String) -> Int { entries[word]?.frequency ?? 0 }

    /// jieba's tag (n noun, v verb, p preposition, u particle …), nil for unknown words.
    public static func partOfSpeech(_ word: String) -> String? { entries[word]?.partOfSpeech }

    /// log2 of the word's frequency, 0 for words not in the lexicon.
    static func weight(_ word: String) -> Double {
        let n = frequency(word)
        return n > 0 ? log2(Double(n) + 1) : 0
    }

    /// Backward maximum matching: right for text read from its end (`吸引高端科研类人才` → …|类|人才, not 类人|才).
    public static func segmentBackward(_ text: String, longest: Int = 4) -> [String] {
        let chars = Array(text)
        var words: [String] = []
        var end = chars.count
        while end > 0 {
            var n = min(longest, end)
            while n > 1, entries[String(chars[(end - n)..<end])] == nil { n -= 1 }
            words.insert(String(chars[(end - n)..<end]), at: 0)
            end -= n
        }
        return words
    }

    /// Forward maximum matching into lexicon words (unknown characters stand alone).
    public static func segment(_ text: String, longest: Int = 4) -> [String] {
        let chars = Array(text)
        var words: [String] = []
        var i = 0
        while i < chars.count {
            var n = min(longest, chars.count - i)
            while n > 1, entries[String(chars[i..<(i + n)])] == nil { n -= 1 }
            words.append(String(chars[i..<(i + n)]))
            i += n
        }
        return words
    }
}

/// Counts of every substring of one to four characters of a text, plus byte search for longer
/// needles. The last few indexes are kept, since the repair passes score many candidates against
/// the same document.
final class NgramIndex: @unchecked Sendable {
    private let counts: [String: Int]
    private let bytes: [UInt8]

    init(_ text: String) {
        let chars = Array(text)
        var counts: [String: Int] = [:]
        counts.reserveCapacity(chars.count * 4)
        for i in chars.indices {
            var gram = ""
            for n in 0..<4 where i + n < chars.count {
                gram.append(chars[i + n])
                counts[gram, default: 0] += 1
            }
        }
        self.counts = counts
        self.bytes = Array(text.utf8)
    }

    func count(_ needle: String) -> Int {
        if needle.count <= 4 { return counts[needle] ?? 0 }
        // UTF-8 is self-synchronising: a byte match is a character match.
        let n = Array(needle.utf8)
        guard n.count <= bytes.count, let first = n.first else { return 0 }
        var found = 0
        var i = 0
        while i + n.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + n.count)].elementsEqual(n) { found += 1; i += n.count } else { i += 1 }
        }
        return found
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var recent: [(text: String, index: NgramIndex)] = []

    static func shared(for text: String) -> NgramIndex {
        lock.lock()
        if let hit = recent.first(where: { $0.text == text }) { lock.unlock(); return hit.index }
        lock.unlock()
        let index = NgramIndex(text)
        lock.lock()
        recent.insert((text, index), at: 0)
        if recent.count > 8 { recent.removeLast() }
        lock.unlock()
        return index
    }
}
