import Foundation
import SiteModel

/// What `sitegen check` reports for one seed: every repair, warning and error.
public struct CheckEntry: Encodable, Sendable, Equatable {
    public struct Problem: Encodable, Sendable, Equatable {
        public var step: String
        public var reason: String
        /// The file the problem is in when it is not the seed itself (its English sidecar).
        public var path: String
    }
    public var file: String
    /// Detected encoding; nil when the file could not be decoded.
    public var encoding: String?
    public var repairs: [Repair]
    public var warnings: [Warning]
    public var errors: [Problem]

    enum CodingKeys: String, CodingKey { case file, encoding, repairs, warnings, errors }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(file, forKey: .file)
        try c.encode(encoding, forKey: .encoding)
        try c.encode(repairs, forKey: .repairs)
        try c.encode(warnings, forKey: .warnings)
        try c.encode(errors, forKey: .errors)
    }
}

public enum CheckReport {
    /// One entry per seed, in file order: documents that were read and errors of those that were not.
    public static func entries(documents: [Document], errors: [SitegenError]) -> [CheckEntry] {
        var entries = documents.map {
            CheckEntry(file: $0.source.file, encoding: $0.source.encoding, repairs: $0.repairs, warnings: $0.warnings, errors: [])
        }
        for e in errors {
            // A sidecar's error belongs to its seed (`x.en.md` → `x.txt`).
            let seedPath = e.path.hasSuffix(".en.md") ? String(e.path.dropLast(6)) + ".txt" : e.path
            let problem = CheckEntry.Problem(step: e.step.rawValue, reason: e.reason, path: e.path)
            if let i = entries.firstIndex(where: { $0.file == seedPath }) {
                entries[i].errors.append(problem)
            } else {
                entries.append(CheckEntry(file: seedPath, encoding: nil, repairs: [], warnings: [], errors: [problem]))
            }
        }
        return entries.sorted { $0.file < $1.file }
    }

    public static func json(_ entries: [CheckEntry]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(entries)) ?? Data("[]".utf8)
    }

    /// Human-readable report; `style` adds colour on a terminal.
    public static func text(_ entries: [CheckEntry], style: TextStyle = .plain) -> String {
        var out = ""
        for entry in entries {
            out += style.bold(entry.file) + (entry.encoding.map { " (\($0))" } ?? "") + "\n"
            for r in entry.repairs {
                // One line per repair: a line break inside an example shows as ⏎.
                func oneLine(_ s: String) -> String { s.trimmingCharacters(in: .newlines).replacingOccurrences(of: "\n", with: "⏎") }
                let example = r.examples.first.map { ": \(oneLine($0.before)) → \(oneLine($0.after))" } ?? ""
                out += "  \(style.cyan("repair")) \(r.kind) ×\(r.count)\(example)\n"
            }
            for w in entry.warnings { out += "  \(style.yellow("warning")) \(w.kind): \(w.context)\n" }
            for e in entry.errors { out += "  \(style.red("error")) \(e.path): \(e.step): \(e.reason)\n" }
            if entry.repairs.isEmpty && entry.warnings.isEmpty && entry.errors.isEmpty { out += "  clean\n" }
        }
        out += summary(entries) + "\n"
        return out
    }

    public static func summary(_ entries: [CheckEntry]) -> String {
        let repairs = entries.reduce(0) { $0 + $1.repairs.reduce(0) { $0 + $1.count } }
        let warnings = entries.reduce(0) { $0 + $1.warnings.count }
        let errors = entries.reduce(0) { $0 + $1.errors.count }
        return "\(entries.count) \(entries.count == 1 ? "seed" : "seeds"): \(repairs) repairs, "
            + "\(warnings) \(warnings == 1 ? "warning" : "warnings"), \(errors) \(errors == 1 ? "error" : "errors")"
    }
}

/// ANSI styling, on only when writing to a terminal (see `TextStyle.forStandardOutput`).
public struct TextStyle: Sendable {
    public var enabled: Bool
    public static let plain = TextStyle(enabled: false)
    public init(enabled: Bool) { self.enabled = enabled }

    /// Colour when the file descriptor is a terminal and NO_COLOR is not set (https://no-color.org).
    public static func forTerminal(fd: Int32) -> TextStyle {
        TextStyle(enabled: isatty(fd) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true)
    }

    private func wrap(_ s: String, _ code: String) -> String { enabled ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
    public func bold(_ s: String) -> String { wrap(s, "1") }
    public func dim(_ s: String) -> String { wrap(s, "2") }
    public func red(_ s: String) -> String { wrap(s, "31") }
    public func green(_ s: String) -> String { wrap(s, "32") }
    public func yellow(_ s: String) -> String { wrap(s, "33") }
    public func cyan(_ s: String) -> String { wrap(s, "36") }
}
