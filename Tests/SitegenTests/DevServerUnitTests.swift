import DevServer
import Foundation
import Testing

@Suite("Dev server parts: paths, types, tags, injection, watching")
struct DevServerUnitTests {
    /// root/ with a page, a folder with index.html, and a sibling file outside the root.
    func tree() throws -> (URL, StaticRoot) {
        let dir = temporaryFolder("sitegen-root")
        let root = dir.appendingPathComponent("public")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("zh/articles/a"), withIntermediateDirectories: true)
        try Data("<p>a</p>".utf8).write(to: root.appendingPathComponent("zh/articles/a/index.html"))
        try Data("<p>zh</p>".utf8).write(to: root.appendingPathComponent("zh/index.html"))
        try Data("x".utf8).write(to: root.appendingPathComponent("文件.txt"))
        try Data("secret".utf8).write(to: dir.appendingPathComponent("secret.txt"))
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("out").path, withDestinationPath: dir.path)
        return (dir, StaticRoot(root: root.path))
    }

    @Test func resolvesFilesFoldersAndRedirects() throws {
        let (dir, root) = try tree()
        defer { try? FileManager.default.removeItem(at: dir) }
        let real = try #require(root.realRoot)
        #expect(root.resolve(target: "/zh/index.html") == .file(real + "/zh/index.html"))
        #expect(root.resolve(target: "/zh/") == .file(real + "/zh/index.html"))
        #expect(root.resolve(target: "/zh") == .redirect("/zh/"))
        #expect(root.resolve(target: "/zh/articles/a?lang=en") == .redirect("/zh/articles/a/?lang=en"))
        #expect(root.resolve(target: "/%E6%96%87%E4%BB%B6.txt") == .file(real + "/文件.txt"))
        #expect(root.resolve(target: "/zh/index.html/") == .notFound)
        #expect(root.resolve(target: "/nope") == .notFound)
        #expect(root.resolve(target: "/") == .notFound, "no index.html at the root of this tree")
    }

    @Test func refusesEveryWayOut() throws {
        let (dir, root) = try tree()
        defer { try? FileManager.default.removeItem(at: dir) }
        for target in ["/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2e/secret.txt", "/..%2fsecret.txt", "/a%2Fb",
                       "/a%5cb", "/a\\b", "/x%00", "/x\u{0}", "/./zh/", "/zh/./index.html", "/%", "/%g1", "/%ff",
                       "relative", "http://example.org/"] {
            guard case .rejected = root.resolve(target: target) else {
                Issue.record("\(target) was not rejected: \(root.resolve(target: target))")
                continue
            }
        }
        #expect(root.resolve(target: "/out/secret.txt") == .notFound)
        #expect(root.resolve(target: "/out/") == .notFound)
        #expect(root.resolve(target: "/out") == .notFound)
    }

    @Test func theRootMayBeMissingForAMoment() {
        let root = StaticRoot(root: "/nonexistent-\(UUID().uuidString)")
        #expect(root.realRoot == nil)
        #expect(root.resolve(target: "/index.html") == .notFound)
        #expect(root.notFoundPage() == nil)
    }

    @Test func mediaTypes() {
        #expect(MediaTypes.contentType(forPath: "a/b.HTML") == "text/html; charset=utf-8")
        #expect(MediaTypes.contentType(forPath: "feed.xml") == "application/xml; charset=utf-8")
        #expect(MediaTypes.contentType(forPath: "i.svg") == "image/svg+xml; charset=utf-8")
        #expect(MediaTypes.contentType(forPath: "i.png") == "image/png")
        #expect(MediaTypes.contentType(forPath: "x.json") == "application/json; charset=utf-8")
        #expect(MediaTypes.contentType(forPath: "x.unknown") == "application/octet-stream")
        #expect(MediaTypes.contentType(forPath: "noextension") == "application/octet-stream")
    }

    @Test func entityTags() {
        let a = EntityTag.of(Data("a".utf8))
        #expect(a == EntityTag.of(Data("a".utf8)))
        #expect(a != EntityTag.of(Data("b".utf8)))
        #expect(a.hasPrefix("\"") && a.hasSuffix("\""))
        #expect(EntityTag.matches(ifNoneMatch: a, etag: a))
        #expect(EntityTag.matches(ifNoneMatch: "\"x\" , W/\(a)", etag: a))
        #expect(EntityTag.matches(ifNoneMatch: "*", etag: a))
        #expect(!EntityTag.matches(ifNoneMatch: "\"x\"", etag: a))
    }

    @Test func scriptGoesBeforeTheLastBodyEndTag() {
        let html = Data("<html><body><p>&lt;/body&gt; in text</p></BODY></html>".utf8)
        let out = String(decoding: LiveReloadScript.inject(into: html, generation: 7), as: UTF8.self)
        let script = try! #require(out.range(of: "<script data-sitegen-serve>"))
        #expect(script.lowerBound < out.range(of: "</BODY>")!.lowerBound)
        #expect(out.contains("var g=7"))
        #expect(out.contains("/__sitegen/events"))
        #expect(out.hasSuffix("</BODY></html>"))
        let bare = String(decoding: LiveReloadScript.inject(into: Data("<p>x</p>".utf8), generation: 1), as: UTF8.self)
        #expect(bare.hasPrefix("<p>x</p><script"))
    }

    @Test func eventWireFormat() {
        #expect(LiveEvent.reload(generation: 3).wire == "event: reload\ndata: {\"generation\":3}\n\n")
        let error = LiveEvent.buildError("a\nb \"c\"").wire
        #expect(error.hasPrefix("event: build-error\ndata: {"))
        #expect(error.split(separator: "\n").count == 2, "one data line, newlines escaped")
        #expect(LiveEvent.hello(SiteState(generation: 2, error: nil)).wire
            == "event: hello\ndata: {\"error\":null,\"generation\":2}\n\n")
    }

    @Test func hubEndsStreamsWhenClosed() async {
        let hub = LiveReloadHub()
        let stream = hub.subscribe()
        #expect(hub.subscriberCount == 1)
        hub.broadcast(.reload(generation: 2))
        hub.close()
        var got: [LiveEvent] = []
        for await e in stream { got.append(e) }
        #expect(got == [.reload(generation: 2)])
        var late: [LiveEvent] = []
        for await e in hub.subscribe() { late.append(e) }
        #expect(late.isEmpty)
    }

    @Test func loopbackOnly() {
        for host in ["127.0.0.1", "127.1.2.3", "::1", "[::1]", "localhost"] {
            #expect(DevServerConfiguration.isLoopback(host), "\(host)")
        }
        for host in ["0.0.0.0", "192.168.1.2", "example.org", "::", "127.0.0", "1270.0.0.1"] {
            #expect(!DevServerConfiguration.isLoopback(host), "\(host)")
        }
    }

    @Test func watcherSeesAddedChangedAndRemovedFiles() throws {
        let dir = temporaryFolder("sitegen-watch")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a.txt")
        try Data("1".utf8).write(to: a)
        let watcher = PollingWatcher(paths: [dir.path, dir.appendingPathComponent("glossary.tsv").path])
        let s0 = watcher.snapshot()
        #expect(s0.count == 1)
        try Data("22".utf8).write(to: a)
        try Data("x".utf8).write(to: dir.appendingPathComponent(".a.txt.swp"))
        let s1 = watcher.snapshot()
        #expect(PollingWatcher.changes(from: s0, to: s1) == [a.path])
        try FileManager.default.removeItem(at: a)
        try Data("g".utf8).write(to: dir.appendingPathComponent("glossary.tsv"))
        let s2 = watcher.snapshot()
        #expect(PollingWatcher.changes(from: s1, to: s2) == [a.path, dir.appendingPathComponent("glossary.tsv").path].sorted())
    }

    @Test func rebuilderReloadsOnlyWhenTheSiteChanged() async {
        let hub = LiveReloadHub()
        let outcomes = OutcomeQueue([
            BuildOutcome(siteWritten: true, filesWritten: 10, filesChanged: 10),
            BuildOutcome(siteWritten: true, filesWritten: 10, filesChanged: 0),
            BuildOutcome(siteWritten: false, problems: ["error: Templates/home.mustache: render: bad"]),
            BuildOutcome(siteWritten: true, filesWritten: 10, filesChanged: 0),
        ])
        let rebuilder = Rebuilder(hub: hub) { _ in outcomes.next() }
        let stream = hub.subscribe()
        await rebuilder.rebuild(changed: [])      // first build: changed → reload 2
        await rebuilder.rebuild(changed: ["a"])   // nothing changed → silent
        await rebuilder.rebuild(changed: ["b"])   // failed → build-error, generation kept
        #expect(await rebuilder.state.generation == 2)
        #expect(await rebuilder.state.error == "error: Templates/home.mustache: render: bad")
        await rebuilder.rebuild(changed: ["b"])   // fixed, same bytes → reload to clear the overlay
        #expect(await rebuilder.state.error == nil)
        hub.close()
        var events: [LiveEvent] = []
        for await e in stream { events.append(e) }
        #expect(events == [.reload(generation: 2), .buildError("error: Templates/home.mustache: render: bad"), .reload(generation: 3)])
    }
}

final class OutcomeQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [BuildOutcome]
    init(_ items: [BuildOutcome]) { self.items = items }
    func next() -> BuildOutcome {
        lock.lock(); defer { lock.unlock() }
        return items.isEmpty ? BuildOutcome(siteWritten: true) : items.removeFirst()
    }
}
