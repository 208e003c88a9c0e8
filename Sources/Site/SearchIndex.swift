import Foundation
import Normalize
import SiteModel

/// The one client-side search index of the site (`search/index.json`), read by
/// `Templates/assets/search.js` on the search page of either language.
///
/// Tokens (the script makes the same ones from a query):
/// - text is folded first: NFKC, accents removed (pinyin tone marks), lower case, and every
///   traditional character replaced by its simplified form (`t2s`, from OpenCC at build time);
/// - Chinese: character bigrams of each run of Han characters (a lone character is a token of its own);
/// - English and other Latin text: words of ASCII letters and digits, without a few stop words;
/// - pinyin of places, names and programs, toneless: each word and all words joined
///   (`Tàicāng` → `taicang`; `Sīyuán Gōngchéng` → `siyuan`, `gongcheng`, `siyuangongcheng`).
///
/// JSON: `{"version", "t2s", "entries": [{type, url, title, meta, text}], "tokens": {token: [entry, score, …]}}`.
/// `t2s` is a string of character pairs (traditional, simplified), limited to the simplified
/// characters that occur in the index: a query in traditional script folds to the same tokens.
struct SearchIndex {
    struct Entry: Encodable {
        /// "article", "program" or "place".
        var type: String
        /// Relative to the language folder (`articles/<slug>/index.html`).
        var url: String
        /// Per language code; a missing language falls back to the other one in the script.
        var title: [String: String]
        var meta: [String: String]
        var text: [String: String]
    }

    private(set) var entries: [Entry] = []
    private var postings: [String: [Int: Int]] = [:]
    /// Occurrences in running text, counted up to `bodyCap` per token and entry, so that a long
    /// article does not outrank the page named by the query.
    private var body: [String: [Int: Int]] = [:]
    static let bodyCap = 8
    let fold: [Unicode.Scalar: Unicode.Scalar]

    init(fold: [Unicode.Scalar: Unicode.Scalar]) { self.fold = fold }

    mutating func add(_ entry: Entry) -> Int {
        entries.append(entry)
        return entries.count - 1
    }

    /// Chinese bigrams and Latin words of `text`.
    mutating func index(_ text: String?, entry: Int, weight: Int) {
        guard let text, !text.isEmpty else { return }
        for token in Self.tokens(text, fold: fold) { postings[token, default: [:]][entry, default: 0] += weight }
    }

    /// Running text (paragraphs, sentences): one point per occurrence, at most `bodyCap`.
    mutating func indexBody(_ text: String?, entry: Int) {
        guard let text, !text.isEmpty else { return }
        for token in Self.tokens(text, fold: fold) { body[token, default: [:]][entry, default: 0] += 1 }
    }

    /// Pinyin (or any romanised name): each word and the words joined.
    mutating func indexName(_ text: String?, entry: Int, weight: Int) {
        guard let text, !text.isEmpty else { return }
        let words = Self.tokens(text, fold: fold).filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
        var all = Set(words)
        if words.count > 1 { all.insert(words.joined()) }
        for token in all { postings[token, default: [:]][entry, default: 0] += weight }
    }

    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "in", "is", "it", "its", "of", "on",
        "or", "that", "the", "this", "to", "was", "were", "with",
    ]

    /// NFKC, accents removed, lower case; then traditional → simplified for Han characters.
    static func normalize(_ text: String, fold: [Unicode.Scalar: Unicode.Scalar]) -> [Unicode.Scalar] {
        let decomposed = text.precomposedStringWithCompatibilityMapping.decomposedStringWithCanonicalMapping.lowercased()
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(decomposed.unicodeScalars.count)
        for s in decomposed.unicodeScalars where !(0x300...0x36F).contains(s.value) {
            out.append(fold[s] ?? s)
        }
        return out
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool { s.properties.isIdeographic }
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (("a"..."z").contains(s) || ("0"..."9").contains(s))
    }

    static func tokens(_ text: String, fold: [Unicode.Scalar: Unicode.Scalar]) -> [String] {
        var out: [String] = []
        var han: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        func flushHan() {
            if han.count == 1 {
                out.append(String(Character(han[0])))
            } else if han.count > 1 {
                for i in 0..<(han.count - 1) {
                    var s = String.UnicodeScalarView()
                    s.append(han[i]); s.append(han[i + 1])
                    out.append(String(s))
                }
            }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if !word.isEmpty {
                let w = String(word)
                if !stopWords.contains(w) { out.append(w) }
                word = String.UnicodeScalarView()
            }
        }
        for s in normalize(text, fold: fold) {
            if isHan(s) {
                flushWord(); han.append(s)
            } else if isWordScalar(s) {
                flushHan(); word.append(s)
            } else {
                flushHan(); flushWord()
            }
        }
        flushHan(); flushWord()
        return out
    }

    /// The index as JSON: sorted keys, so the same site gives the same bytes.
    func json() throws -> Data {
        var postings = postings
        for (token, byEntry) in body {
            for (entry, n) in byEntry { postings[token, default: [:]][entry, default: 0] += min(n, Self.bodyCap) }
        }
        var used = Set<Unicode.Scalar>()
        for token in postings.keys { for s in token.unicodeScalars where Self.isHan(s) { used.insert(s) } }
        var pairs = String.UnicodeScalarView()
        for (t, s) in fold.sorted(by: { $0.key.value < $1.key.value }) where used.contains(s) {
            pairs.append(t); pairs.append(s)
        }
        struct Payload: Encodable {
            var version: Int
            var t2s: String
            var entries: [Entry]
            var tokens: [String: [Int]]
        }
        var tokens: [String: [Int]] = [:]
        tokens.reserveCapacity(postings.count)
        for (token, byEntry) in postings {
            tokens[token] = byEntry.keys.sorted().flatMap { [$0, byEntry[$0]!] }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(Payload(version: 1, t2s: String(pairs), entries: entries, tokens: tokens))
    }
}

/// Traditional → simplified for single characters, from OpenCC's t2s configuration: every
/// character of the CJK Unified Ideographs blocks (and Extension A, compatibility ideographs)
/// is converted once per process, and the pairs that change are kept.
enum CharacterFold {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cached: [Unicode.Scalar: Unicode.Scalar]?

    static func traditionalToSimplified() throws(SitegenError) -> [Unicode.Scalar: Unicode.Scalar] {
        lock.lock(); defer { lock.unlock() }
        if let cached { return cached }
        let converter = try ScriptConverter(config: "t2s.json")
        var scalars: [Unicode.Scalar] = []
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for v in range { if let s = Unicode.Scalar(UInt32(v)), s.properties.isIdeographic { scalars.append(s) } }
        }
        var text = String.UnicodeScalarView()
        for s in scalars { text.append(s); text.append("\n") }
        let converted = converter.convert(String(text)).split(separator: "\n", omittingEmptySubsequences: false)
        var map: [Unicode.Scalar: Unicode.Scalar] = [:]
        if converted.count >= scalars.count {
            for (s, c) in zip(scalars, converted) {
                let out = c.unicodeScalars
                if out.count == 1, let t = out.first, t != s { map[s] = t }
            }
        }
        cached = map
        return map
    }
}
