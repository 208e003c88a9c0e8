import Foundation
import SiteModel

/// Byte-level repairs of text that went through a wrong decoder. Each repair is applied only
/// when it makes the span more plausible (fewer rare and private-use characters, a clean
/// round trip); what cannot be improved is left alone.
public enum Mojibake {
    // MARK: GBK misalignment

    /// A character whose GBK trail byte was 0xA3 was lost (shown as `?`), the next byte lost its
    /// high bit (`;` for 0xBB), and the following pairs are read shifted by one byte until an
    /// ASCII byte re-synchronises them: `魂?;鶎狱h組織` → `魂。基層黨組織`. The shifted span's
    /// end is where realigned bytes before it and the text after it read best; bytes the wrong
    /// decoder swallowed (`?`) are inferred from their surviving half and the context.
    public static func repairGBKMisalignment(_ text: String, log: inout RepairLog) -> String {
        var s = text.scalars
        guard s.contains("?") else { return text }
        var i = 0
        var repaired = false
        while i < s.count {
            guard s[i] == "?", let fix = misalignment(in: s, at: i, document: text) ?? lostClauseEnd(in: s, at: i, document: text)
            else { i += 1; continue }
            let before = excerpt(s, i..<fix.end, context: 2)
            s.replaceSubrange(i..<fix.end, with: fix.replacement.unicodeScalars)
            log.record(.gbkMisalignment, before: before,
                       after: excerpt(s, i..<(i + fix.replacement.unicodeScalars.count), context: 2))
            i += fix.replacement.unicodeScalars.count
            repaired = true
        }
        return repaired ? s.string : text
    }

    /// One byte of the reconstructed stream; nil where the wrong decoder swallowed it.
    private typealias Byte = UInt8?

    private static func misalignment(in s: [Unicode.Scalar], at i: Int, document: String) -> (end: Int, replacement: String)? {
        guard i + 2 < s.count else { return nil }
        let masked = s[i + 1]
        // The masked byte may itself read as `?` (0xBF & 0x7F) when shifted text follows it.
        guard startsSpan(s, at: i) || (i + 2 < s.count && s[i + 1] == "?" && !s[i + 2].isASCII && s[i + 2] != "\n")
        else { return nil }
        // The window: shifted characters, swallowed pairs (`?`) and ASCII-range trail bytes,
        // up to a line end or another ASCII character.
        var tokens: [(scalar: Unicode.Scalar, bytes: [Byte])] = []
        var j = i + 2
        while j < s.count, tokens.count < 4000 {
            let u = s[j]
            if u == "?", startsSpan(s, at: j) {
                // The next lost character's `?` swallowed this span's last trail byte with it.
                tokens.append((u, [nil]))
                break
            } else if u == "?" {
                tokens.append((u, [nil, nil]))
            } else if u.isASCII {
                guard (0x40...0x7E).contains(u.value) else { break }
                tokens.append((u, [UInt8(u.value)]))
            } else if let b = CJK.gbBytes(String(u)), b.count == 2 {
                tokens.append((u, b.map { Optional($0) }))
            } else {
                break
            }
            j += 1
        }
        guard !tokens.isEmpty else { return nil }
        let stream: [Byte] = [UInt8(masked.value) | 0x80] + tokens.flatMap(\.bytes)
        // Realigned characters of the whole window; prefix sums make each candidate end O(1).
        var realigned: [(text: String?, lead: Byte, trail: Byte)] = []
        var k = 0
        while k + 1 < stream.count {
            let lead = stream[k], trail = stream[k + 1]
            if let l = lead, l < 0x80 { realigned.append((String(UnicodeScalar(l)), lead, nil)); k += 1; continue }
            var decoded: String?
            if let l = lead, let t = trail { decoded = CJK.gbString([l, t]) }
            realigned.append((decoded, lead, trail))
            k += 2
        }
        func common(_ text: String?) -> Int {
            guard let text, let u = text.unicodeScalars.first else { return 0 }
            return LostCharacter.plausible(text) || u.isASCII ? 1 : -1
        }
        // Byte offset in `stream` where token e ends.
        var tokenEnd: [Int] = []
        var offset = 1
        for t in tokens { offset += t.bytes.count; tokenEnd.append(offset) }
        var originalScore = [Int](repeating: 0, count: tokens.count + 1)  // suffix sums of the untouched text
        for e in stride(from: tokens.count - 1, through: 0, by: -1) {
            let u = tokens[e].scalar
            originalScore[e] = originalScore[e + 1] + (u == "?" ? -1 : u.isASCII ? 0 : common(String(u)))
        }
        var best: (e: Int, score: Int, pairs: Int)?
        var pairScore = 0, pairIndex = 0, consumed = 0
        for e in 0..<tokens.count {
            let bytesUsed = tokenEnd[e]
            while pairIndex < realigned.count {
                let width = realigned[pairIndex].trail == nil && realigned[pairIndex].lead.map({ $0 < 0x80 }) == true ? 1 : 2
                guard consumed + width <= bytesUsed else { break }
                pairScore += realigned[pairIndex].text == nil ? 0 : common(realigned[pairIndex].text)
                consumed += width
                pairIndex += 1
            }
            // A byte left over must be the lost ASCII character that re-synchronised the stream,
            // swallowed with its neighbour into the last `?`.
            let leftover = bytesUsed - consumed
            if leftover > 1 || (leftover == 1 && tokens[e].scalar != "?") { continue }
            let score = pairScore + originalScore[e + 1]
            if best == nil || score >= best!.score { best = (e, score, pairIndex) }
        }
        guard let best, best.score > originalScore[0] + 1 else { return nil }
        var out = LostCharacter.infer(LostCharacter.candidates(trail: 0xA3), before: Array(s[max(0, i - 20)..<i]).string,
                                      after: realigned.prefix(2).compactMap(\.text).joined(), document: document) ?? "\u{FFFD}"
        for p in 0..<best.pairs {
            let pair = realigned[p]
            if let text = pair.text { out += text; continue }
            let context = Array(s[max(0, i - 20)..<i]).string + out
            let next = p + 1 < best.pairs ? (realigned[p + 1].text ?? "") : Array(s[(i + 2 + best.e + 1)..<min(s.count, i + 5 + best.e)]).string
            var candidates: [String] = []
            if let l = pair.lead, pair.trail == nil { candidates = LostCharacter.candidates(lead: l) }
            if let t = pair.trail, pair.lead == nil { candidates = LostCharacter.candidates(trail: t) }
            out += LostCharacter.infer(candidates, before: context, after: next, document: document) ?? "\u{FFFD}"
        }
        var end = i + 2 + best.e + 1
        if tokens[best.e].bytes.count == 1, tokens[best.e].scalar == "?" {
            end -= 1  // leave the next span's `?` in place
        } else if tokenEnd[best.e] > 1 + consumedBytes(realigned, best.pairs) {
            out += "\u{FFFD}"  // the re-synchronising ASCII byte was swallowed with its neighbour
        }
        return (end, out)
    }

    /// `?`, a masked byte, then shifted text: where a lost character starts a span.
    private static func startsSpan(_ s: [Unicode.Scalar], at j: Int) -> Bool {
        j + 2 < s.count && s[j] == "?" && (0x21...0x7E).contains(s[j + 1].value) && s[j + 1] != "?"
            && !s[j + 2].isASCII && s[j + 2] != "\n"
    }

    private static func consumedBytes(_ pairs: [(text: String?, lead: Byte, trail: Byte)], _ n: Int) -> Int {
        pairs.prefix(n).reduce(0) { $0 + ($1.trail == nil && $1.lead.map({ $0 < 0x80 }) == true ? 1 : 2) }
    }

    static let questionWords = ["吗", "嗎", "呢", "么", "麼", "什", "怎", "何", "谁", "誰", "哪", "几", "幾", "多少", "是否", "难道", "難道", "岂", "豈"]

    /// A lone `?` where a clause-final 。 was lost (its GBK code A1A3 ends in 0xA3) and the next byte
    /// was ASCII, so nothing shifted: `工作?\n`. Real questions (a question word in the clause) stay.
    private static func lostClauseEnd(in s: [Unicode.Scalar], at i: Int, document: String) -> (end: Int, replacement: String)? {
        guard i > 0, s[i - 1].isHan else { return nil }
        if i + 1 < s.count {
            let next = s[i + 1]
            guard next == "\n" || next.isASCIIDigit || next.isASCIILetter else { return nil }
        }
        var k = i - 1
        while k > 0, !"。！？，；!?\n".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        let clause = Array(s[k..<i]).string
        guard !questionWords.contains(where: { clause.contains($0) }) else { return nil }
        guard let c = LostCharacter.infer(LostCharacter.candidates(trail: 0xA3), before: clause, after: "", document: document)
        else { return nil }
        return (i + 1, c)
    }

    // MARK: annotation inside a GBK character

    /// A pinyin annotation inserted between the two bytes of a GBK character; a lenient decoder
    /// swallowed `lead byte + "("` as one `?` and the following pairs shifted by one byte until the
    /// next annotation: `部?jī)身?xiàng)` → `部兩項`. The first and last characters have one
    /// surviving byte each; the last also has its reading. Context picks among the candidates.
    public static func repairBrokenAnnotations(_ text: String, log: inout RepairLog) -> String {
        var s = text.scalars
        guard s.contains("?"), s.contains(")") else { return text }
        var i = 0
        var repaired = false
        while i < s.count {
            guard s[i] == "?", let fix = brokenAnnotation(in: s, at: i, document: text) else { i += 1; continue }
            let before = Array(s[i..<fix.end]).string
            s.replaceSubrange(i..<fix.end, with: fix.replacement.unicodeScalars)
            log.record(.brokenAnnotation, before: before, after: fix.replacement)
            i += fix.replacement.unicodeScalars.count
            repaired = true
        }
        return repaired ? s.string : text
    }

    /// `?` + syllable + `)` at `i`; returns the index after the `)`.
    private static func annotationTail(_ s: [Unicode.Scalar], from i: Int) -> (syllable: String, end: Int)? {
        guard i < s.count, s[i] == "?" else { return nil }
        var j = i + 1
        while j < s.count, Pinyin.isPinyinLetter(s[j]), j - i <= 7 { j += 1 }
        guard j < s.count, s[j] == ")", j > i + 1 else { return nil }
        let syllable = Array(s[(i + 1)..<j]).string
        return Pinyin.isSyllable(syllable) ? (syllable, j + 1) : nil
    }

    private static func brokenAnnotation(in s: [Unicode.Scalar], at i: Int, document: String) -> (end: Int, replacement: String)? {
        guard let first = annotationTail(s, from: i) else { return nil }
        var q = first.end
        while q < s.count, s[q].isHan, q - first.end < 12 { q += 1 }
        guard let second = annotationTail(s, from: q) else { return nil }
        let run = Array(s[first.end..<q])
        let before = Array(s[max(0, i - 3)..<i]).string
        let reading = second.syllable
        var result: String
        if run.isEmpty {
            // Both bytes of one character were swallowed; only its reading survives.
            guard let c = LostCharacter.infer(LostCharacter.candidates(reading: reading), before: before, after: "", document: document)
            else { return nil }
            result = c
        } else {
            guard let bytes = CJK.gbBytes(run.string), bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
            let middleBytes = Array(bytes[1..<(bytes.count - 1)])
            guard let middle = middleBytes.isEmpty ? "" : CJK.gbString(middleBytes),
                  CJK.plausibility(middle.unicodeScalars) >= 0.9 else { return nil }
            let lastCandidates = LostCharacter.candidates(lead: bytes[bytes.count - 1]).filter {
                Pinyin.toneless(($0.applyingTransform(.mandarinToLatin, reverse: false) ?? "")) == Pinyin.toneless(reading)
            }
            let after = Array(s[second.end..<min(s.count, second.end + 3)]).string
            guard let (firstChar, last) = LostCharacter.inferPair(
                first: LostCharacter.candidates(trail: bytes[0]), last: lastCandidates, middle: middle,
                before: before, after: after, document: document) else { return nil }
            result = firstChar + middle + last
        }
        return (second.end, result)
    }

    // MARK: UTF-8 read as GBK or as Latin-1/cp1252

    /// Lines whose UTF-8 bytes were decoded as GBK (`銆傚熀灞ら花` → `。基层党`): re-encode
    /// as GB18030 and decode as UTF-8, keeping the result only when it reads better. GBK has no
    /// lead byte 0x80, so a wrong decoder turned `0x80 + next byte` into `?`: inside a UTF-8
    /// sequence such a `?` is read as 0x80 plus one unknown byte, inferred from the context.
    public static func repairUTF8ReadAsGBK(_ text: String, log: inout RepairLog) -> String {
        var changed = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let scalars = Array(line.unicodeScalars)
            let score = CJK.plausibility(scalars)
            guard score < 0.85, scalars.contains(where: { $0.properties.isIdeographic || CJK.isPrivateUse($0) }) else { return String(line) }
            var tokens: [UTF8Token] = []
            for u in scalars {
                if u == "?" || u.value == 0xFFFD { tokens.append(.swallowed); continue }
                guard let b = CJK.gbBytes(String(u)) else { return String(line) }
                tokens += b.map { .byte($0) }
            }
            let decoded = decodeUTF8(tokens, document: text)
            let lost = decoded.unicodeScalars.filter { $0.value == 0xFFFD }.count
            guard lost * 10 <= decoded.unicodeScalars.count || lost <= 2, CJK.plausibility(decoded.unicodeScalars) > score + 0.2 else { return String(line) }
            log.record(.mojibakeUTF8AsGBK, before: String(line.prefix(12)), after: String(decoded.prefix(12)), count: 1)
            changed = true
            return decoded
        }
        return changed ? lines.joined(separator: "\n") : text
    }

    enum UTF8Token: Equatable { case byte(UInt8), swallowed }

    /// UTF-8 from the bytes a wrong GBK decoder left. A `?` it wrote swallowed two bytes
    /// (GBK has no lead byte 0x80 and no trail below 0x40): with two or more bytes of a character
    /// to go they were 0x80 and one unknown byte; with one to go, the character's last byte and
    /// either the next character's lead (when continuation bytes follow) or a lost ASCII byte.
    /// A character with one unknown byte becomes the plausible one that best fits the context.
    static func decodeUTF8(_ tokens: [UTF8Token], document: String) -> String {
        var out: [Unicode.Scalar] = []
        var pending: [(index: Int, candidates: [String])] = []
        func emit(_ seq: [UInt8?]) {
            if !seq.contains(nil), let s = String(validating: seq.compactMap { $0 }, as: UTF8.self) {
                out += s.unicodeScalars
                return
            }
            // Enumerate the unknown bytes (at most two: about a thousand fillings).
            let unknown = seq.indices.filter { seq[$0] == nil }
            if (1...2).contains(unknown.count) {
                var fillings: [[UInt8?]] = [seq]
                for u in unknown {
                    let range: ClosedRange<UInt8> = u == 0 ? (seq.count == 3 ? 0xE0...0xEF : 0xC2...0xF4) : 0x80...0xBF
                    fillings = fillings.flatMap { f in range.map { v in var g = f; g[u] = v; return g } }
                }
                let candidates = fillings.compactMap { f -> String? in
                    guard let s = String(validating: f.compactMap { $0 }, as: UTF8.self), LostCharacter.plausible(s) else { return nil }
                    return s
                }
                pending.append((out.count, candidates))
            }
            out.append("\u{FFFD}")
        }
        /// A swallowed pair starts with 0x80 when it is inside a character.
        func isContinuation(_ t: UTF8Token?) -> Bool {
            switch t {
            case .byte(let b)?: (0x80...0xBF).contains(b)
            case .swallowed?: true
            case nil: false
            }
        }
        var i = 0
        var carriedLead = false  // the previous `?` swallowed this character's lead
        while i < tokens.count {
            var seq: [UInt8?]
            var length: Int
            if carriedLead {
                carriedLead = false
                // Chinese is three bytes a character in UTF-8; fewer continuation bytes mean fewer.
                var conts = 0
                while conts < 2, case .byte(let b)? = (i + conts < tokens.count ? tokens[i + conts] : nil), (0x80...0xBF).contains(b) { conts += 1 }
                seq = [nil]
                length = (i < tokens.count && tokens[i] == .swallowed) || conts == 2 ? 3 : conts + 1
            } else {
                guard case .byte(let lead) = tokens[i] else { out.append("?"); i += 1; continue }  // a literal `?`
                if lead < 0x80 { out.append(Unicode.Scalar(lead)); i += 1; continue }
                length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
                guard length > 0 else { out.append("\u{FFFD}"); i += 1; continue }
                seq = [lead]
                i += 1
            }
            var lostASCII = false
            while seq.count < length, i < tokens.count {
                switch tokens[i] {
                case .byte(let b): seq.append(b)
                case .swallowed:
                    if length - seq.count >= 2 {
                        seq += [0x80, nil]
                    } else if isContinuation(i + 1 < tokens.count ? tokens[i + 1] : nil) {
                        seq.append(0x80)
                        carriedLead = true
                    } else {
                        seq.append(nil)
                        lostASCII = true
                    }
                }
                i += 1
            }
            emit(seq)
            if lostASCII { out.append("\u{FFFD}") }
        }
        // The decoded text, not the mojibake, is the context that attests words.
        let decoded = String(String.UnicodeScalarView(out))
        for gap in pending {
            let before = String(String.UnicodeScalarView(out[max(0, gap.index - 40)..<gap.index]))
            let after = String(String.UnicodeScalarView(out[(gap.index + 1)..<min(out.count, gap.index + 4)]))
            if let c = LostCharacter.infer(gap.candidates, before: before, after: after, document: decoded + "\n" + document),
               let u = c.unicodeScalars.first { out[gap.index] = u }
        }
        return String(String.UnicodeScalarView(out))
    }

    /// cp1252's characters for bytes 0x80–0x9F (undefined bytes decode to the C1 control itself).
    private static let cp1252High: [Unicode.Scalar: UInt8] = {
        let table: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                               0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        var m: [Unicode.Scalar: UInt8] = [:]
        for (i, v) in table.enumerated() { if let u = Unicode.Scalar(v) { m[u] = UInt8(0x80 + i) } }
        return m
    }()

    private static func latin1Byte(_ u: Unicode.Scalar) -> UInt8? {
        if let b = cp1252High[u] { return b }
        return (0xA0...0xFF).contains(u.value) || (0x80...0x9F).contains(u.value) ? UInt8(u.value) : nil
    }

    /// Runs of Latin-1/cp1252 characters that are really UTF-8 bytes (`å…³é”®` → `关键`), as
    /// ftfy fixes them: a run is replaced only when its bytes are valid UTF-8.
    public static func repairUTF8ReadAsLatin1(_ text: String, log: inout RepairLog) -> String {
        let s = text.scalars
        guard s.contains(where: { latin1Byte($0) != nil }) else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        var changed = false
        while i < s.count {
            guard latin1Byte(s[i]) != nil else { out.append(s[i]); i += 1; continue }
            var j = i
            var bytes: [UInt8] = []
            while j < s.count, let b = latin1Byte(s[j]) { bytes.append(b); j += 1 }
            if bytes.count >= 2, let decoded = String(validating: bytes, as: UTF8.self),
               decoded.unicodeScalars.contains(where: { $0.value > 0xFF }) {
                out += decoded.unicodeScalars
                log.record(.mojibakeUTF8AsLatin1, before: Array(s[i..<j]).string, after: decoded)
                changed = true
            } else {
                out += s[i..<j]
            }
            i = j
        }
        return changed ? out.string : text
    }
}
