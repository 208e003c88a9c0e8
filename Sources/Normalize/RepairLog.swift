import SiteModel

/// Names of the repair passes, as they appear in the Document's `repairs` and the report.
public enum RepairKind: String, Sendable, CaseIterable {
    case lineEnds = "line-ends"
    case mojibakeUTF8AsGBK = "mojibake-utf8-as-gbk"
    case mojibakeUTF8AsLatin1 = "mojibake-utf8-as-latin1"
    case gbkMisalignment = "gbk-misalignment"
    case brokenAnnotation = "broken-pinyin-annotation"
    case pinyinAnnotation = "pinyin-annotation"
    case junkComma = "junk-comma"
    case script = "script"
    case scriptOverride = "script-override"
    case punctuation = "punctuation"
    case boilerplate = "removed-line"
    case joinedLines = "joined-lines"
    case whitespace = "whitespace"
}

/// Collects what the passes changed: a count per kind and a few examples
/// (every example for removed lines, which the report lists in full).
public struct RepairLog: Sendable {
    private var counts: [RepairKind: Int] = [:]
    private var examples: [RepairKind: [Repair.Example]] = [:]
    public private(set) var warnings: [Warning] = []
    static let exampleLimit = 5

    public init() {}

    public mutating func record(_ kind: RepairKind, before: String, after: String, count: Int = 1) {
        counts[kind, default: 0] += count
        let limit = kind == .boilerplate ? Int.max : Self.exampleLimit
        if examples[kind, default: []].count < limit {
            examples[kind, default: []].append(Repair.Example(before: before, after: after))
        }
    }

    /// Records text the boilerplate pass dropped (kind `removed-line`). `before` is the removed
    /// text: a whole line, or a fragment such as `[复制链接]` cut from a line that keeps its other
    /// text. `after` carries no text (nothing is left in its place), only the reason in square
    /// brackets, e.g. `[forum chrome]`, so the report can say why. Every removal is kept.
    public mutating func removed(_ text: String, reason: String) {
        record(.boilerplate, before: text, after: "[\(reason)]")
    }

    public mutating func warn(_ kind: String, context: String) {
        warnings.append(Warning(kind: kind, context: context))
    }

    public func count(of kind: RepairKind) -> Int { counts[kind, default: 0] }

    /// Repairs in pass order, only the kinds that changed something.
    public var repairs: [Repair] {
        RepairKind.allCases.compactMap { kind in
            guard let n = counts[kind], n > 0 else { return nil }
            return Repair(kind: kind.rawValue, count: n, examples: examples[kind] ?? [])
        }
    }
}
