import Foundation
import Normalize
import SiteModel

/// Corruptions of clean text, made the way broken scrapers make them, to check that the
/// repairs bring the text back.
enum Corrupt {
    /// Decodes GBK leniently as the scrapers behind the seeds did: an invalid pair becomes one `?`.
    static func lenientGBK(_ bytes: [UInt8]) -> String {
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 { out.unicodeScalars.append(Unicode.Scalar(b)); i += 1; continue }
            if i + 1 < bytes.count, let c = CJK.gbString([b, bytes[i + 1]]) { out += c } else { out += "?" }
            i += 2
        }
        return out
    }

    /// GBK misalignment (DESIGN.md): every character at `positions` whose GBK trail byte is 0xA3
    /// is lost, and the next byte loses its high bit.
    static func misalign(_ text: String, every n: Int) -> (String, Int) {
        var bytes: [UInt8] = []
        var damaged = 0
        var seen = 0
        var maskNext = false
        for ch in text {
            guard var b = CJK.gbBytes(String(ch)) else { continue }
            if maskNext, !b.isEmpty, b[0] >= 0x80 { b[0] &= 0x7F }
            maskNext = false
            if b.count == 2, b[1] == 0xA3 {
                seen += 1
                if seen % n == 0 { bytes.append(0x3F); maskNext = true; damaged += 1; continue }
            }
            bytes += b
        }
        return (lenientGBK(bytes), damaged)
    }

    /// Clean simplified text → traditional (OpenCC s2t) with the reading glued after every converted
    /// character, as the seeds' source pages did (`關(guān)鍵`).
    static func traditionalWithPinyin(_ clean: String) throws -> String {
        let traditional = try ScriptConverter(config: "s2t.json").convert(clean)
        var glued = ""
        for (s, t) in zip(clean, traditional) {
            glued.append(t)
            if s != t, let reading = String(t).applyingTransform(.mandarinToLatin, reverse: false) { glued += "(\(reading))" }
        }
        return glued
    }

    /// UTF-8 bytes decoded as GBK (leniently).
    static func utf8AsGBK(_ text: String) -> String { lenientGBK(Array(text.utf8)) }

    /// UTF-8 bytes decoded as cp1252, undefined bytes as the C1 control of the same value.
    static func utf8AsCP1252(_ text: String) -> String {
        let high: [UInt32] = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
                              0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178]
        var s = String.UnicodeScalarView()
        for b in text.utf8 {
            let v = (0x80...0x9F).contains(b) ? high[Int(b) - 0x80] : UInt32(b)
            s.append(Unicode.Scalar(v)!)
        }
        return String(s)
    }
}

/// Character similarity: 1 − Levenshtein distance / length of the longer text.
func similarity(_ a: String, _ b: String) -> Double {
    let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
    if x.isEmpty && y.isEmpty { return 1 }
    var prev = Array(0...y.count), cur = [Int](repeating: 0, count: y.count + 1)
    for i in 1...max(1, x.count) where !x.isEmpty {
        cur[0] = i
        for j in stride(from: 1, through: y.count, by: 1) {
            cur[j] = Swift.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
        }
        swap(&prev, &cur)
    }
    let distance = x.isEmpty ? y.count : prev[y.count]
    return 1 - Double(distance) / Double(Swift.max(x.count, y.count))
}
