import Bilingual
import Foundation
import Ingest
import SiteModel

/// Documents of earlier builds, for rebuilds in one process (`sitegen serve`). The per-document
/// stages are pure in the seed's bytes, its English sidecar, the glossary and the built-in
/// gazetteer, so a document is reused when its bytes' SHA-256 and its sidecar are unchanged;
/// a different glossary empties the cache. Templates do not enter a Document, so a template
/// edit re-renders from cached documents.
public final class DocumentCache: @unchecked Sendable {
    private struct Key: Equatable {
        var sha256: String
        var sidecar: String?
    }

    private let lock = NSLock()
    private var entries: [String: (key: Key, document: Document)] = [:]
    private var glossaryTerms: [String: Glossary.Term]?
    private var hitCount = 0
    private var missCount = 0

    public init() {}

    /// Hits and misses since the last `prepare` (the current build).
    public var stats: (hits: Int, misses: Int) {
        lock.lock(); defer { lock.unlock() }
        return (hitCount, missCount)
    }

    func prepare(for glossary: Glossary) {
        lock.lock(); defer { lock.unlock() }
        if glossaryTerms != glossary.terms {
            entries.removeAll()
            glossaryTerms = glossary.terms
        }
        hitCount = 0
        missCount = 0
    }

    func document(for seed: SeedFile) -> Document? {
        lock.lock(); defer { lock.unlock() }
        guard let entry = entries[seed.path], entry.key == Key(sha256: seed.sha256, sidecar: seed.englishSidecar) else {
            missCount += 1
            return nil
        }
        hitCount += 1
        return entry.document
    }

    func store(_ document: Document, for seed: SeedFile) {
        lock.lock(); defer { lock.unlock() }
        entries[seed.path] = (Key(sha256: seed.sha256, sidecar: seed.englishSidecar), document)
    }
}
