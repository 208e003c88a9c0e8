import DevServer
import Foundation
import Site
import SiteModel
import Testing

/// A copy of seeds/ and Templates/ in a temporary folder, built and served on 127.0.0.1 with
/// a port the system picks. Next to the output folder sits a file no request may reach.
struct ServedSite: Sendable {
    let dir: URL
    let port: Int
    var seeds: URL { dir.appendingPathComponent("seeds") }
    var templates: URL { dir.appendingPathComponent("Templates") }
    var output: URL { dir.appendingPathComponent("public") }
    static let secret = "SECRET-\(UUID().uuidString)"

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> HTTPReply {
        try await Loopback.request(port: port, target, method: method, headers: headers)
    }

    /// Polls `target` until `condition` holds or `timeout` passes; returns the last reply.
    func poll(_ target: String, timeout: Double = 60, until condition: (HTTPReply) -> Bool) async throws -> HTTPReply {
        let deadline = Date().addingTimeInterval(timeout)
        var reply = try await get(target)
        while !condition(reply) && Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            reply = try await get(target)
        }
        return reply
    }

    /// Starts a server on a fixture site, runs `body`, and always stops the server (cancelling
    /// it ends the watcher and every open event stream) before returning or rethrowing.
    static func with(_ body: (ServedSite, DevServer) async throws -> Void) async throws {
        let dir = temporaryFolder("sitegen-serve")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try fm.copyItem(atPath: Repo.seeds, toPath: dir.appendingPathComponent("seeds").path)
        try fm.copyItem(atPath: Repo.templates, toPath: dir.appendingPathComponent("Templates").path)
        try Data(secret.utf8).write(to: dir.appendingPathComponent("secret.txt"))
        try Data("// swift-tools-version:6.1 \(secret)\n".utf8).write(to: dir.appendingPathComponent("Package.swift"))

        let options = BuildOptions(seeds: dir.appendingPathComponent("seeds").path,
                                   templates: dir.appendingPathComponent("Templates").path,
                                   output: dir.appendingPathComponent("public").path, glossary: nil,
                                   cache: DocumentCache())
        let config = DevServerConfiguration(host: "127.0.0.1", port: 0, output: options.output,
                                            watch: [options.seeds, options.templates], pollInterval: .milliseconds(100),
                                            debounce: .milliseconds(50))
        let server = DevServer(configuration: config, build: { _ in
            do throws(SitegenError) { return BuildOutcome(result: try await SiteBuilder.build(options)) } catch {
                return BuildOutcome(error: error)
            }
        })
        let (ports, ready) = AsyncStream<Int>.makeStream()
        let task = Task {
            defer { ready.finish() }
            try await server.run(onReady: { ready.yield($0) })
        }
        var bound: Int?
        for await p in ports {
            bound = p
            break
        }
        guard let port = bound else {
            if case .failure(let error) = await task.result { throw error }
            throw LoopbackError(description: "server stopped before listening")
        }
        let site = ServedSite(dir: dir, port: port)
        var failure: (any Error)?
        do { try await body(site, server) } catch { failure = error }
        // Graceful, as Ctrl-C: ends the watcher and the event streams still open in `body`.
        await server.shutdown()
        if case .failure(let error) = await task.result, failure == nil { failure = error }
        #expect(await Loopback.isClosed(port: port), "the server must stop with the test")
        if let failure { throw failure }
    }
}

@Suite("sitegen serve over loopback", .serialized, .timeLimit(.minutes(3)))
struct DevServerTests {
    @Test func servesPagesFoldersAnd404() async throws {
        try await ServedSite.with { site, _ in
            let zh = try await site.get("/zh/index.html")
            #expect(zh.status == 200)
            #expect(zh["content-type"] == "text/html; charset=utf-8")
            #expect(zh.text.contains("<h1>"))
            // The live-reload script is added to what is served, never to the file on disk.
            #expect(zh.text.contains("data-sitegen-serve"))
            #expect(zh.text.range(of: "data-sitegen-serve")!.lowerBound < zh.text.range(of: "</body>")!.lowerBound)
            let onDisk = read(site.output.appendingPathComponent("zh/index.html"))
            #expect(!onDisk.isEmpty && !onDisk.contains("data-sitegen-serve"))

            let root = try await site.get("/")
            #expect(root.status == 200)
            #expect(root.text.contains("zh/index.html"))

            let folder = try await site.get("/zh")
            #expect(folder.status == 301)
            #expect(folder["location"] == "/zh/")
            let withQuery = try await site.get("/zh?x=1")
            #expect(withQuery["location"] == "/zh/?x=1")
            let slash = try await site.get("/zh/")
            #expect(slash.status == 200)
            #expect(slash.text.contains("data-sitegen-serve"))

            let missing = try await site.get("/no/such/page.html")
            #expect(missing.status == 404)
            #expect(missing["content-type"] == "text/html; charset=utf-8")
            #expect(missing.text.contains(read(site.output.appendingPathComponent("404.html")).prefix(60)))
            #expect(missing.text.contains("data-sitegen-serve"))

            let post = try await site.get("/zh/index.html", method: "POST")
            #expect(post.status == 405)
            #expect(post["allow"] == "GET, HEAD")
        }
    }

    @Test func mimeTypesHeadAndConditionalRequests() async throws {
        try await ServedSite.with { site, _ in
            // Files of every kind the brief names, dropped next to the built ones.
            let extra: [(String, String)] = [
                ("t.svg", "image/svg+xml; charset=utf-8"), ("t.png", "image/png"), ("t.xml", "application/xml; charset=utf-8"),
                ("t.js", "text/javascript; charset=utf-8"), ("t.json", "application/json; charset=utf-8"),
            ]
            for (name, _) in extra { try Data("x".utf8).write(to: site.output.appendingPathComponent(name)) }
            let expected = extra + [
                ("assets/style.css", "text/css; charset=utf-8"), ("robots.txt", "text/plain; charset=utf-8"),
                ("index.html", "text/html; charset=utf-8"),
            ]
            for (path, type) in expected {
                let r = try await site.get("/" + path)
                #expect(r.status == 200, "\(path)")
                #expect(r["content-type"] == type, "\(path)")
                #expect(r["x-content-type-options"] == "nosniff")
            }
            // Only HTML is touched: other files are served byte for byte.
            let css = try await site.get("/assets/style.css")
            #expect(css.body == FileManager.default.contents(atPath: site.output.appendingPathComponent("assets/style.css").path))
            #expect(!css.text.contains("sitegen-serve"))

            let get = try await site.get("/zh/index.html")
            let head = try await site.get("/zh/index.html", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head["content-length"] == String(get.body.count))
            #expect(head["content-type"] == "text/html; charset=utf-8")
            #expect(head["etag"] == get["etag"])

            let etag = try #require(get["etag"])
            let cached = try await site.get("/zh/index.html", headers: ["If-None-Match": etag])
            #expect(cached.status == 304)
            #expect(cached.body.isEmpty)
            #expect(cached["etag"] == etag)
            let listed = try await site.get("/zh/index.html", headers: ["If-None-Match": "\"other\", \(etag)"])
            #expect(listed.status == 304)
            let stale = try await site.get("/zh/index.html", headers: ["If-None-Match": "\"stale\""])
            #expect(stale.status == 200)
            #expect(stale.body == get.body)
        }
    }

    @Test func noRequestLeavesTheOutputFolder() async throws {
        try await ServedSite.with { site, _ in
            // A symlink inside the output that points outside it, to a file and to a folder.
            let fm = FileManager.default
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("leak.txt").path,
                                      withDestinationPath: site.dir.appendingPathComponent("secret.txt").path)
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("up").path,
                                      withDestinationPath: site.dir.path)
            let attempts = [
                "/../Package.swift", "/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E/Package.swift", "/.%2e/secret.txt",
                "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/zh/../../secret.txt",
                "/zh/%2e%2e/%2e%2e/secret.txt", "/..%5csecret.txt", "/..\\secret.txt", "/secret.txt%00.html",
                "/%00", "/leak.txt", "/up/secret.txt", "/up/Package.swift", "/up/", "//secret.txt",
                "/%252e%252e/secret.txt", "/%zz", "/./secret.txt",
            ]
            for target in attempts {
                let r = try await site.get(target)
                #expect([400, 404].contains(r.status), "\(target) → \(r.status)")
                #expect(!r.text.contains(ServedSite.secret), "\(target) leaked the file outside the output folder")
            }
            // A symlink that stays inside the output folder is an ordinary file.
            try fm.createSymbolicLink(atPath: site.output.appendingPathComponent("home.html").path,
                                      withDestinationPath: site.output.appendingPathComponent("zh/index.html").path)
            #expect(try await site.get("/home.html").status == 200)
            // A folder redirect never becomes a redirect to another host.
            let r = try await site.get("//zh")
            #expect(r["location"] == "/zh/")
        }
    }

    @Test func editingASeedRebuildsAndReloadsOpenPages() async throws {
        try await ServedSite.with { site, server in
            let result = try await SiteBuilder.loadDocuments(seeds: site.seeds.path, glossary: .init()).0
            let doc = try #require(result.first { $0.id.hasPrefix("000") })
            let page = "/zh/articles/\(doc.slug)/"
            #expect(try await site.get(page).status == 200)

            // An open page's event stream: hello first, then reload after the edit.
            let events = try await onThread { () -> LoopbackConnection in
                let c = try LoopbackConnection(port: site.port)
                try c.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n")
                guard c.read(until: { String(decoding: $0, as: UTF8.self).contains("event: hello") }, timeout: 20) else {
                    throw LoopbackError(description: "no hello on the event stream")
                }
                return c
            }
            #expect(events.received.contains("text/event-stream"))
            let generation = await server.rebuilder.state.generation

            let marker = "编辑测试标记第\(Int.random(in: 100...999))段落内容"
            let seed = site.seeds.appendingPathComponent((doc.source.file as NSString).lastPathComponent)
            let handle = try FileHandle(forWritingTo: seed)
            handle.seekToEndOfFile()
            handle.write(Data("\n\n\(marker)。\n".utf8))
            try handle.close()
            let edited = Date()

            let reloaded = try await onThread {
                events.read(until: { String(decoding: $0, as: UTF8.self).contains("event: reload") }, timeout: 60)
            }
            #expect(reloaded, "no reload event after editing \(seed.lastPathComponent)")
            let served = try await site.poll(page) { visibleText($0.text).contains(marker) }
            #expect(served.status == 200)
            #expect(visibleText(served.text).contains(marker), "the served page never showed the edit")
            #expect(await server.rebuilder.state.generation > generation)
            // Reported, not asserted: the time from the edit to the new page being served.
            print("serve: edit → reload event and new page in \(String(format: "%.2f", Date().timeIntervalSince(edited))) s")
        }
    }

    @Test func aFailedRebuildIsShownAndTheLastGoodSiteStays() async throws {
        try await ServedSite.with { site, server in
            let before = try await site.get("/zh/index.html")
            #expect(before.status == 200)
            let events = try await onThread { () -> LoopbackConnection in
                let c = try LoopbackConnection(port: site.port)
                try c.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                _ = c.read(until: { String(decoding: $0, as: UTF8.self).contains("event: hello") }, timeout: 20)
                return c
            }
            let template = site.templates.appendingPathComponent("home.mustache")
            let good = try Data(contentsOf: template)
            try Data("{{<layout}}{{$main}}{{#unclosed}}{{/main}}{{/layout}}\n".utf8).write(to: template, options: .atomic)

            let reported = try await onThread {
                events.read(until: { String(decoding: $0, as: UTF8.self).contains("event: build-error") }, timeout: 60)
            }
            #expect(reported, "no build-error event after breaking a template")
            let state = await server.rebuilder.state
            #expect(state.error?.contains("home") == true)
            // The last good site is still served, and a new page load is told about the error.
            let during = try await site.get("/zh/index.html")
            #expect(during.status == 200)
            #expect(during.body == before.body)
            let hello = try await onThread { () -> String in
                let c = try LoopbackConnection(port: site.port)
                try c.send("GET /__sitegen/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                _ = c.read(until: { String(decoding: $0, as: UTF8.self).contains("event: hello") }, timeout: 20)
                return c.received
            }
            #expect(hello.contains("home.mustache") || hello.contains("home"))

            try good.write(to: template, options: .atomic)
            let recovered = try await onThread {
                events.read(until: { String(decoding: $0, as: UTF8.self).contains("event: reload") }, timeout: 60)
            }
            #expect(recovered, "no reload after the template was fixed")
            #expect(await server.rebuilder.state.error == nil)
        }
    }
}
