import Foundation
import Site
import SiteModel
import Testing

/// The built `sitegen` binary next to the test bundle (the test target depends on it).
enum Binary {
    static var url: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen"),
            Bundle.main.bundleURL.appendingPathComponent("sitegen"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sitegen"),
            Repo.root.appendingPathComponent(".build/debug/sitegen"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    struct Run { var status: Int32; var stdout: String; var stderr: String }

    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        let exe = try #require(url, "the sitegen binary was not built next to the tests")
        let p = Process()
        p.executableURL = exe
        p.arguments = arguments
        p.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        // Read before waiting, so a large output cannot fill the pipe and stall the child.
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }
}

/// A temporary site root with a copy of the seeds and templates.
func siteRoot(_ name: String) throws -> URL {
    let dir = temporaryFolder(name)
    try FileManager.default.copyItem(atPath: Repo.seeds, toPath: dir.appendingPathComponent("seeds").path)
    try FileManager.default.copyItem(atPath: Repo.templates, toPath: dir.appendingPathComponent("Templates").path)
    return dir
}

@Suite("Configuration, check, draft and the command line")
struct CommandLineTests {
    @Test func configurationDefaultsAndErrors() throws {
        #expect(try SiteConfig.load(path: "/nonexistent/sitegen.json") == SiteConfig())
        let full = try SiteConfig.parse(Data(#"{"title": {"zh": "站", "en": "Site"}, "baseURL": "https://example.org/x/", "glossary": "g.tsv"}"#.utf8), path: "sitegen.json")
        #expect(full == SiteConfig(title: ["zh": "站", "en": "Site"], baseURL: "https://example.org/x/", glossary: "g.tsv"))
        let cases: [(String, String)] = [
            (#"{"titel": {}}"#, "sitegen.json: config: unknown key \"titel\""),
            (#"{"title": {"fr": "x"}}"#, "unknown key \"title.fr\""),
            (#"{"title": "x"}"#, "\"title\" must be an object"),
            (#"{"baseURL": "example.org"}"#, "\"baseURL\" must be an absolute http(s) URL"),
            (#"{"glossary": 3}"#, "\"glossary\" must be a file path"),
            (#"[1]"#, "must be a JSON object"),
            (#"{"title": "#, "not valid JSON"),
        ]
        for (text, message) in cases {
            #expect { try SiteConfig.parse(Data(text.utf8), path: "sitegen.json") } throws: { error in
                (error as? SitegenError)?.description.contains(message) == true
            }
        }
    }

    @Test func checkReportHasOneEntryPerSeed() async throws {
        let dir = temporaryFolder("sitegen-check")
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Repo.seed("003"), toPath: dir.appendingPathComponent("a.txt").path)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0]).write(to: dir.appendingPathComponent("b.txt"))
        let (docs, errors) = try await SiteBuilder.loadDocuments(seeds: dir.path, glossary: .init())
        let entries = CheckReport.entries(documents: docs, errors: errors)
        #expect(entries.map { ($0.file as NSString).lastPathComponent } == ["a.txt", "b.txt"])
        let json = try #require(try JSONSerialization.jsonObject(with: CheckReport.json(entries)) as? [[String: Any]])
        #expect(json.count == 2)
        for entry in json { #expect(Set(entry.keys) == ["file", "encoding", "repairs", "warnings", "errors"]) }
        #expect((json[0]["errors"] as? [Any])?.isEmpty == true)
        #expect(json[1]["encoding"] is NSNull)
        let bad = try #require((json[1]["errors"] as? [[String: Any]])?.first)
        #expect(bad["step"] as? String == "ingest")
        #expect((bad["reason"] as? String)?.contains("PNG") == true)
        let text = CheckReport.text(entries)
        #expect(text.contains("error"))
        #expect(text.hasSuffix("2 seeds: \(entries[0].repairs.reduce(0) { $0 + $1.count }) repairs, \(entries[0].warnings.count) warning\(entries[0].warnings.count == 1 ? "" : "s"), 1 error\n"))
    }

    @Test func draftFactSheetIsAReadableSidecarAndNeverOverwrites() async throws {
        let dir = temporaryFolder("sitegen-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let seed = dir.appendingPathComponent("003_x.txt")
        try FileManager.default.copyItem(atPath: Repo.seed("003"), toPath: seed.path)
        let doc = try #require(try await SiteBuilder.process(paths: [seed.path], glossary: .init()).0.first)
        let path = try FactSheet.write(for: doc, seed: seed.path)
        #expect(path == dir.appendingPathComponent("003_x.en.md").path)
        let text = read(URL(fileURLWithPath: path))
        #expect(text.hasPrefix("---\ntitle: "))
        #expect(text.contains("| Date | 2018-08-02 |"))
        #expect(text.contains("## Facts"))
        for p in doc.programs { #expect(text.contains(p.zh)) }
        // The sidecar reader takes the title back.
        let reread = try #require(try await SiteBuilder.process(paths: [seed.path], glossary: .init()).0.first)
        #expect(reread.title.en == FactSheet.title(doc))
        #expect(reread.summary.enSource == "editor")
        // A second draft is refused and the editor's file is untouched.
        try Data("edited".utf8).write(to: URL(fileURLWithPath: path))
        #expect { try FactSheet.write(for: doc, seed: seed.path) } throws: { error in
            (error as? SitegenError)?.description == "\(path): write: already exists; sitegen draft never overwrites (edit it, or delete it to start again)"
        }
        #expect(read(URL(fileURLWithPath: path)) == "edited")
    }

    @Test func composedTitles() {
        var doc = Document(id: "x", slug: "x", source: Source(file: "x.txt", encoding: "UTF-8", sha256: ""),
                           title: Title(zh: "标题", derived: false), date: "2020-12-25",
                           region: Region(county: "太仓市", en: "Taicang, Suzhou, Jiangsu"),
                           programs: [Program(zh: "思源工程", en: "Siyuan Project")])
        #expect(FactSheet.title(doc) == "Siyuan Project in Taicang (2020)")
        doc.programs = []
        #expect(FactSheet.title(doc) == "Grassroots Party Building in Taicang (2020)")
        doc.title.en = "Given"
        #expect(FactSheet.title(doc) == "Given")
    }

    // MARK: the binary

    @Test func checkJSONExitsNonZeroOnErrorsAndWritesNothing() throws {
        let dir = try siteRoot("sitegen-cli-check")
        defer { try? FileManager.default.removeItem(at: dir) }
        let clean = try Binary.run(["check", "--format", "json"], in: dir)
        #expect(clean.status == 0, "\(clean.stderr)")
        let array = try #require(try JSONSerialization.jsonObject(with: Data(clean.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 5)
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0]).write(to: dir.appendingPathComponent("seeds/zz.txt"))
        let failing = try Binary.run(["check", "--format", "json"], in: dir)
        #expect(failing.status == 1)
        #expect((try JSONSerialization.jsonObject(with: Data(failing.stdout.utf8)) as? [Any])?.count == 6)
        let text = try Binary.run(["check"], in: dir)
        #expect(text.status == 1)
        #expect(text.stderr.contains("error: seeds/zz.txt: ingest: binary file (PNG image), not text"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("public").path))
    }

    @Test func buildPrintsASummaryAndHonoursTheConfiguration() throws {
        let dir = try siteRoot("sitegen-cli-build")
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data(#"{"title": {"zh": "测试站点", "en": "Test Site"}}"#.utf8).write(to: dir.appendingPathComponent("sitegen.json"))
        let built = try Binary.run(["build"], in: dir)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stdout.contains("built public/: 5 documents"))
        #expect(!built.stdout.contains("\u{1B}["), "no colour when stdout is not a terminal")
        #expect(read(dir.appendingPathComponent("public/en/index.html")).contains("Test Site"))
        #expect(read(dir.appendingPathComponent("public/zh/index.html")).contains("测试站点"))
        let quiet = try Binary.run(["build", "--quiet"], in: dir)
        #expect(quiet.status == 0 && quiet.stdout.isEmpty)
        let verbose = try Binary.run(["build", "--verbose"], in: dir)
        #expect(verbose.stdout.contains("documents") && verbose.stdout.contains("render"))

        try Data(#"{"titel": {"en": "x"}}"#.utf8).write(to: dir.appendingPathComponent("sitegen.json"))
        let bad = try Binary.run(["build"], in: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr == "error: sitegen.json: config: unknown key \"titel\" (known keys: title, baseURL, glossary)\n")
        let missing = try Binary.run(["build", "--config", "none.json", "--glossary", "nope.tsv"], in: dir)
        #expect(missing.status == 1)
        #expect(missing.stderr == "error: nope.tsv: config: glossary file not found\n")
    }

    @Test func draftCommandWritesOnceThenRefuses() throws {
        let dir = try siteRoot("sitegen-cli-draft")
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("seeds").path)
            .first { $0.hasPrefix("001") && $0.hasSuffix(".txt") })
        let stem = String(name.dropLast(4))
        try FileManager.default.removeItem(at: dir.appendingPathComponent("seeds/\(stem).en.md"))
        let first = try Binary.run(["draft", "seeds/\(name)"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasPrefix("wrote seeds/\(stem).en.md"))
        let second = try Binary.run(["draft", "seeds/\(name)"], in: dir)
        #expect(second.status == 1)
        #expect(second.stderr == "error: seeds/\(stem).en.md: write: already exists; sitegen draft never overwrites (edit it, or delete it to start again)\n")
    }

    @Test func serveRefusesANonLoopbackHost() throws {
        let dir = temporaryFolder("sitegen-cli-serve")
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try Binary.run(["serve", "--host", "0.0.0.0"], in: dir)
        #expect(r.status == 64)
        #expect(r.stderr.contains("loopback"))
    }
}
