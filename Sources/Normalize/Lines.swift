/// Line-level clean-up: trims layout whitespace and drops blank lines.
public enum Lines {
    public static func clean(_ text: String, log: inout RepairLog) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: true).compactMap { raw in
            let line = trimmed(raw)
            return line.isEmpty ? nil : line
        }
    }

    /// Strips whitespace, including ideographic spaces, BOMs and zero-width spaces.
    static func trimmed(_ s: Substring) -> String {
        func isSpace(_ c: Character) -> Bool {
            c.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.value == 0xFEFF || $0.value == 0x200B }
        }
        var t = s
        while let f = t.first, isSpace(f) { t = t.dropFirst() }
        while let l = t.last, isSpace(l) { t = t.dropLast() }
        return String(t)
    }
}
