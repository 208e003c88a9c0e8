import SiteModel

/// Clean text plus the record of what was changed to get it.
public struct NormalizedText: Sendable {
    /// Cleaned lines, without blank lines.
    public var lines: [String]
    public var repairs: [Repair]
    public var warnings: [Warning]
    public var text: String { lines.joined(separator: "\n") }
}

/// Runs the named repair passes in order. Holds one OpenCC converter, so create one
/// Normalizer per worker and reuse it across documents.
public final class Normalizer: @unchecked Sendable {
    private let converter: ScriptConverter

    public init() throws(SitegenError) {
        converter = try ScriptConverter(config: "t2s.json")
    }

    public func normalize(_ raw: String) -> NormalizedText {
        var log = RepairLog()
        var text = raw
        // Byte-level repairs first: they read the characters exactly as the wrong decoder left them.
        text = Mojibake.repairUTF8ReadAsLatin1(text, log: &log)
        text = Mojibake.repairUTF8ReadAsGBK(text, log: &log)
        text = PinyinAnnotations.strip(text, log: &log)
        // Context for inferring lost characters is read from the annotation-free text.
        let beforeRepairs = text
        text = Mojibake.repairBrokenAnnotations(text, log: &log)
        text = Mojibake.repairGBKMisalignment(text, log: &log)
        // A repaired span can end in a character whose annotation was glued to its garbled bytes.
        if text != beforeRepairs { text = PinyinAnnotations.strip(text, log: &log) }
        text = Punctuation.dropJunkCommas(text, log: &log)
        text = Script.simplify(text, converter: converter, log: &log)
        // Widening gives neighbours Chinese context (`好?!` → `好？!` → `好？！`): repeat to a fixed point.
        for _ in 0..<4 {
            let widened = Punctuation.widen(text, log: &log)
            if widened == text { break }
            text = widened
        }
        var lines = Lines.clean(text, log: &log)
        lines = Boilerplate.remove(lines, log: &log)
        lines = DisplayLines.join(lines, log: &log)
        MissingNumbers.warn(lines, log: &log)
        return NormalizedText(lines: lines, repairs: log.repairs, warnings: log.warnings)
    }
}
