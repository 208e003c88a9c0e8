import Foundation
import Site
import SiteModel
import Testing

/// Builds the real seeds into a temporary folder, as `sitegen build` does.
@Suite("End to end: the five seeds")
struct EndToEndTests {
    static func build() async throws -> (URL, BuildResult) {
        let dir = temporaryFolder("sitegen-e2e")
        let out = dir.appendingPathComponent("public")
        let result = try await SiteBuilder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates,
                                                              output: out.path, glossary: nil))
        return (out, result)
    }

    @Test func buildsEveryExpectedFile() async throws {
        let (out, result) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        #expect(result.errors.isEmpty)
        #expect(result.documents.count == 5)
        var expected = ["index.html", "zh/index.html", "en/index.html", "404.html", "assets/style.css"]
        for doc in result.documents {
            expected += ["zh/articles/\(doc.slug)/index.html", "en/articles/\(doc.slug)/index.html", "data/articles/\(doc.slug).json"]
        }
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "missing \(path)")
        }
        #expect(Set(result.documents.map(\.slug)).count == 5, "slugs must be unique")
        #expect(!FileManager.default.fileExists(atPath: out.deletingLastPathComponent()
            .appendingPathComponent(".public.staging-\(getpid())").path))
    }

    @Test func articlePagesHoldTheTextInSimplifiedScript() async throws {
        let (out, result) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let byID = Dictionary(uniqueKeysWithValues: result.documents.map { ($0.id.prefix(3), $0) })
        let first = visibleText(read(out.appendingPathComponent("zh/articles/\(try #require(byID["000"]).slug)/index.html")))
        #expect(first.contains("关键时刻"))
        #expect(!first.contains("關鍵"))
        #expect(!first.contains("(guān)"))
        let fourth = visibleText(read(out.appendingPathComponent("zh/articles/\(try #require(byID["003"]).slug)/index.html")))
        #expect(fourth.contains("基层党组织"))
        #expect(!fourth.contains("基層黨組織"))
        // The English page carries the editor's rendered sidecar and the original, marked as Chinese.
        let english = read(out.appendingPathComponent("en/articles/\(try #require(byID["000"]).slug)/index.html"))
        #expect(english.contains("<table>"))
        #expect(english.contains("<details class=\"original\" lang=\"zh-Hans\">"))
    }

    @Test func rebuildIsByteIdentical() async throws {
        let (out, _) = try await Self.build()
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let before = snapshot(out)
        _ = try await SiteBuilder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path, glossary: nil))
        #expect(snapshot(out) == before)
        #expect(before.count > 10)
    }

    @Test func aBadSeedIsReportedAndTheOthersStillBuild() async throws {
        let dir = temporaryFolder("sitegen-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = dir.appendingPathComponent("seeds")
        try FileManager.default.createDirectory(at: seeds, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Repo.seed("000"), toPath: seeds.appendingPathComponent("a.txt").path)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0]).write(to: seeds.appendingPathComponent("b.txt"))
        let out = dir.appendingPathComponent("public")
        let result = try await SiteBuilder.build(BuildOptions(seeds: seeds.path, templates: Repo.templates, output: out.path, glossary: nil))
        #expect(result.documents.map(\.id) == ["a"])
        #expect(result.errors.count == 1)
        #expect(result.errors.first?.description.hasSuffix("b.txt: ingest: binary file (PNG image), not text") == true)
    }

    @Test func extractGivesEveryContractKey() async throws {
        let (docs, _) = try await SiteBuilder.process(paths: [Repo.seed("003")], glossary: .init())
        let doc = try #require(docs.first)
        let json = try #require(try JSONSerialization.jsonObject(with: doc.jsonData()) as? [String: Any])
        for key in ["id", "slug", "source", "title", "date", "authors", "outlet", "region", "keywords", "blocks",
                    "programs", "figures", "summary", "repairs", "warnings"] {
            #expect(json.keys.contains(key), "missing \(key)")
        }
        let source = try #require(json["source"] as? [String: Any])
        #expect(Set(source.keys) == ["file", "encoding", "sha256"])
        let title = try #require(json["title"] as? [String: Any])
        #expect(Set(title.keys).isSuperset(of: ["zh", "en", "derived"]), "the contract's title keys")
        #expect(doc.date == "2018-08-02T06:05")
        #expect(doc.region?.county == "海曙区")
        #expect(doc.region?.city == "宁波市")
    }

    func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        let e = FileManager.default.enumerator(atPath: root.path)
        while let p = e?.nextObject() as? String {
            if let d = FileManager.default.contents(atPath: root.appendingPathComponent(p).path) { files[p] = d }
        }
        return files
    }
}
