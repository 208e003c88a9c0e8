import Foundation

/// Traditional → simplified with OpenCC, plus overrides for OpenCC's known misses in this genre.
public enum Script {
    /// Phrases OpenCC's t2s leaves in a form this genre's simplified text does not use.
    /// Applied only to text that was traditional, so simplified input is never touched.
    static let overrides: [(String, String)] = [
        ("著力", "着力"), ("著手", "着手"), ("著眼", "着眼"), ("著重", "着重"), ("著想", "着想"),
        ("著落", "着落"), ("著陸", "着陆"), ("著陆", "着陆"), ("崑山", "昆山"), ("崑崙", "昆仑"), ("崑仑", "昆仑"),
    ]

    /// The characters that t2s changes on their own, found once by running OpenCC over the
    /// CJK blocks, so text without any of them skips conversion.
    private static let traditionalOnly: Set<Unicode.Scalar> = {
        guard let converter = try? ScriptConverter(config: "t2s.json") else { return [] }
        var scalars: [Unicode.Scalar] = []
        for v in UInt32(0x3400)...UInt32(0x9FFF) {
            if let s = Unicode.Scalar(v) { scalars.append(s) }
        }
        // One character per line keeps OpenCC from matching multi-character phrases.
        var joined = String.UnicodeScalarView()
        for s in scalars { joined.append(s); joined.append("\n") }
        let converted = converter.convert(String(joined)).unicodeScalars.split(separator: "\n")
        var set = Set<Unicode.Scalar>()
        guard converted.count == scalars.count else { return set }
        for (s, c) in zip(scalars, converted) where c.count != 1 || c.first != s { set.insert(s) }
        return set
    }()

    public static func containsTraditional(_ text: String) -> Bool {
        text.unicodeScalars.contains { traditionalOnly.contains($0) }
    }

    public static func simplify(_ text: String, converter: ScriptConverter, log: inout RepairLog) -> String {
        guard containsTraditional(text) else { return text }
        let converted = converter.convert(text)
        recordDifferences(from: text, to: converted, kind: .script, log: &log)
        var result = converted
        for (from, to) in overrides where result.contains(from) {
            let n = result.components(separatedBy: from).count - 1
            result = result.replacingOccurrences(of: from, with: to)
            log.record(.scriptOverride, before: from, after: to, count: n)
        }
        return result
    }

    /// Counts changed characters; examples are the changed words in context.
    static func recordDifferences(from before: String, to after: String, kind: RepairKind, log: inout RepairLog) {
        let a = before.scalars, b = after.scalars
        guard a.count == b.count else {
            log.record(kind, before: String(before.prefix(20)), after: String(after.prefix(20)))
            return
        }
        var i = 0
        while i < a.count {
            guard a[i] != b[i] else { i += 1; continue }
            var j = i
            while j < a.count, a[j] != b[j] || (j + 1 < a.count && a[j + 1] != b[j + 1] && a[j].isHan) { j += 1 }
            let lo = max(0, i - 1), hi = min(a.count, j + 1)
            log.record(kind, before: Array(a[lo..<hi]).string, after: Array(b[lo..<hi]).string, count: j - i)
            i = j
        }
    }
}
