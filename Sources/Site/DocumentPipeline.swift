import Bilingual
import Extract
import Foundation
import Ingest
import Normalize
import SiteModel

/// The per-document stages: ingest → normalize → extract → bilingual. Pure in the document's
/// bytes, the glossary and the gazetteer, so documents run in parallel.
public struct DocumentPipeline: Sendable {
    public var glossary: Glossary
    public var gazetteer: Gazetteer

    public init(glossary: Glossary, gazetteer: Gazetteer = .builtIn) {
        self.glossary = glossary
        self.gazetteer = gazetteer
    }

    public func document(from seed: SeedFile, normalizer: Normalizer, displayPath: String? = nil) -> Document {
        let normalized = normalizer.normalize(seed.decoded.text)
        let ex = Extractor.extract(lines: normalized.lines, gazetteer: gazetteer)
        // Page lines Extract left out above the title are removed lines too: the report says what went and why.
        var repairs = normalized.repairs
        if !ex.pageLines.isEmpty {
            let examples = ex.pageLines.map { Repair.Example(before: $0, after: "[page line above the title]") }
            if let k = repairs.firstIndex(where: { $0.kind == RepairKind.boilerplate.rawValue }) {
                repairs[k].count += examples.count
                repairs[k].examples += examples
            } else {
                // (In pass order, as the log lists kinds.)
                let order = RepairKind.allCases.map(\.rawValue)
                repairs.append(Repair(kind: RepairKind.boilerplate.rawValue, count: examples.count, examples: examples))
                repairs.sort { (order.firstIndex(of: $0.kind) ?? 0) < (order.firstIndex(of: $1.kind) ?? 0) }
            }
        }
        var doc = Document(
            id: seed.stem,
            slug: Self.baseSlug(place: ex.placeUnit, date: ex.date, id: seed.stem),
            source: Source(file: displayPath ?? seed.path, encoding: seed.decoded.encoding.rawValue, sha256: seed.sha256),
            title: ex.title, date: ex.date, authors: ex.authors, outlet: ex.outlet, region: ex.region,
            keywords: ex.keywords, blocks: ex.blocks, programs: ex.programs, figures: ex.figures,
            summary: Summary(), repairs: repairs, warnings: normalized.warnings + ex.warnings)
        EnglishFields.fill(&doc, sidecar: seed.englishSidecar.map(Sidecar.init(parsing:)), glossary: glossary)
        return doc
    }

    /// `<place pinyin>-<date>`, or the id when the text names neither.
    static func baseSlug(place: Gazetteer.Unit?, date: String?, id: String) -> String {
        var parts: [String] = []
        if let p = place?.pinyin, !p.isEmpty {
            let ascii = p.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) }
            parts.append(String(String.UnicodeScalarView(ascii)))
        }
        if let d = date { parts.append(String(d.prefix(10))) }
        if parts.isEmpty || date == nil {
            // Without a date the place alone is not distinctive; keep it readable but unique.
            parts.append(String(id.prefix(while: { $0 != "_" })))
        }
        return parts.filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// Makes slugs unique in id order, so they are stable across builds.
    public static func deduplicate(_ docs: inout [Document]) {
        var seen: [String: Int] = [:]
        for i in docs.indices.sorted(by: { docs[$0].id < docs[$1].id }) {
            let base = docs[i].slug
            let n = seen[base, default: 0] + 1
            seen[base] = n
            if n > 1 { docs[i].slug = "\(base)-\(n)" }
        }
    }
}
