import Foundation
import SiteModel

/// zh → English and pinyin terms. The built-in list ships in Resources/glossary.tsv; a site
/// glossary (same columns) extends and overrides it without recompiling.
public struct Glossary: Sendable {
    public struct Term: Sendable, Equatable {
        public var zh: String
        public var en: String
        public var pinyin: String
        public var note: String
    }

    public private(set) var terms: [String: Term] = [:]

    public init() {}

    /// Parses TSV with a header `zh en pinyin note`; a malformed row is an error naming its line.
    public init(tsv: String, path: String) throws(SitegenError) {
        try merge(tsv: tsv, path: path)
    }

    public mutating func merge(tsv: String, path: String) throws(SitegenError) {
        for (n, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if n == 0 || line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard f.count >= 2, !f[0].isEmpty, !f[1].isEmpty else {
                throw SitegenError(.bilingual, path: "\(path):\(n + 1)", "glossary row needs at least zh and en separated by tabs")
            }
            terms[f[0]] = Term(zh: f[0], en: f[1], pinyin: f.count > 2 ? f[2] : "", note: f.count > 3 ? f[3] : "")
        }
    }

    public static let builtIn: Glossary = {
        guard let url = Bundle.module.url(forResource: "glossary", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let g = try? Glossary(tsv: text, path: "glossary.tsv") else { return Glossary() }
        return g
    }()

    /// Built-in terms extended by the site's glossary file, when there is one.
    public static func load(sitePath: String?) throws(SitegenError) -> Glossary {
        var g = builtIn
        guard let sitePath, FileManager.default.fileExists(atPath: sitePath) else { return g }
        guard let data = FileManager.default.contents(atPath: sitePath),
              let text = String(data: data, encoding: .utf8) else {
            throw SitegenError(.bilingual, path: sitePath, "glossary is not readable UTF-8 text")
        }
        try g.merge(tsv: text, path: sitePath)
        return g
    }

    public subscript(zh: String) -> Term? { terms[zh] }

    /// Terms sorted by zh, for the glossary page.
    public var sorted: [Term] { terms.values.sorted { $0.zh < $1.zh } }
}
