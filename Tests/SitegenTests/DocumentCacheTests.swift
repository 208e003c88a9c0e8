import Bilingual
import Foundation
import Site
import SiteModel
import Testing

@Suite("Document cache for rebuilds")
struct DocumentCacheTests {
    @Test func reusesUnchangedDocumentsAndGivesTheSameSite() async throws {
        let dir = try siteRoot("sitegen-cache")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cache = DocumentCache()
        func options(_ out: String, cache: DocumentCache?) -> BuildOptions {
            BuildOptions(seeds: dir.appendingPathComponent("seeds").path, templates: dir.appendingPathComponent("Templates").path,
                         output: dir.appendingPathComponent(out).path, glossary: nil, cache: cache)
        }
        let first = try await SiteBuilder.build(options("a", cache: cache))
        #expect(cache.stats.hits == 0 && cache.stats.misses == 5)
        let second = try await SiteBuilder.build(options("a", cache: cache))
        #expect(cache.stats.hits == 5 && cache.stats.misses == 0)
        #expect(second.documents == first.documents)
        #expect(second.filesChanged == 0)

        // An edited seed and an edited sidecar are processed again, and only they.
        let seeds = dir.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted()
        let txt = seeds.appendingPathComponent(try #require(names.first { $0.hasSuffix(".txt") }))
        try (read(txt) + "\n补充一段。\n").write(to: txt, atomically: true, encoding: .utf8)
        let md = seeds.appendingPathComponent(try #require(names.last { $0.hasSuffix(".en.md") }))
        try (read(md) + "\nOne more line.\n").write(to: md, atomically: true, encoding: .utf8)
        let third = try await SiteBuilder.build(options("a", cache: cache))
        #expect(cache.stats.hits == 3 && cache.stats.misses == 2)

        // The cached build writes exactly what a build without a cache writes.
        let fresh = try await SiteBuilder.build(options("b", cache: nil))
        #expect(fresh.documents == third.documents)
        for path in ["zh/index.html", "en/index.html", "index.html"] {
            #expect(read(dir.appendingPathComponent("a/\(path)")) == read(dir.appendingPathComponent("b/\(path)")))
        }

        // Another glossary empties the cache.
        try "zh\ten\tpinyin\tnote\n太仓\tTaicang City\t\t\n".write(to: dir.appendingPathComponent("g.tsv"), atomically: true, encoding: .utf8)
        var withGlossary = options("a", cache: cache)
        withGlossary.glossary = dir.appendingPathComponent("g.tsv").path
        _ = try await SiteBuilder.build(withGlossary)
        #expect(cache.stats.misses == 5)
    }
}
