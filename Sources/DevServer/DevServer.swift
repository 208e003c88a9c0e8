import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle
import Site
import SiteModel
import UnixSignals

public struct DevServerConfiguration: Sendable {
    public var host: String
    /// 0 picks a free port (see `onReady`).
    public var port: Int
    /// The folder served: the build's output folder.
    public var output: String
    /// Folders and files whose changes trigger a rebuild.
    public var watch: [String]
    public var pollInterval: Duration
    /// After a change is seen, wait until the files are quiet this long (an editor's save can
    /// touch several files) before building.
    public var debounce: Duration
    /// Comment lines sent on idle event streams so closed connections are noticed.
    public var heartbeat: Duration

    public init(host: String = "127.0.0.1", port: Int = 8000, output: String = "public", watch: [String] = [],
                pollInterval: Duration = .milliseconds(300), debounce: Duration = .milliseconds(80),
                heartbeat: Duration = .seconds(15)) {
        self.host = host; self.port = port; self.output = output; self.watch = watch
        self.pollInterval = pollInterval; self.debounce = debounce; self.heartbeat = heartbeat
    }

    /// Only loopback: the dev server has no access control and is not meant for a network.
    public static func isLoopback(_ host: String) -> Bool {
        let h = host.hasPrefix("[") && host.hasSuffix("]") ? String(host.dropFirst().dropLast()) : host
        if h == "localhost" || h == "::1" { return true }
        let parts = h.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4, parts.allSatisfy({ UInt8($0) != nil }) else { return false }
        return parts[0] == "127"
    }
}

/// What one build did, as far as the server and the browser need to know.
public struct BuildOutcome: Sendable, Equatable {
    /// True when the output folder was replaced; false when the build stopped before writing
    /// (the last good site stays in place).
    public var siteWritten: Bool
    public var filesWritten: Int
    public var filesChanged: Int
    /// One line per problem, shown in the browser; empty after a clean build.
    public var problems: [String]

    public init(siteWritten: Bool, filesWritten: Int = 0, filesChanged: Int = 0, problems: [String] = []) {
        self.siteWritten = siteWritten; self.filesWritten = filesWritten
        self.filesChanged = filesChanged; self.problems = problems
    }

    public init(result: BuildResult) {
        self.init(siteWritten: true, filesWritten: result.filesWritten, filesChanged: result.filesChanged,
                  problems: result.errors.map { "error: \($0.description)" })
    }

    public init(error: SitegenError) {
        self.init(siteWritten: false, problems: ["error: \(error.description)"])
    }
}

/// Things worth telling the person at the terminal.
public enum DevServerEvent: Sendable {
    case listening(host: String, port: Int)
    case changed([String])
    case request(method: String, target: String, status: Int)
    case rejected(target: String, reason: String)
}

/// Runs builds one at a time (like Saga's rebuild actor): a change that arrives during a build
/// is remembered and built right after, once, however many changes arrived.
public actor Rebuilder {
    private let build: @Sendable ([String]) async -> BuildOutcome
    private let hub: LiveReloadHub
    public private(set) var state = SiteState(generation: 1, error: nil)
    private var building = false
    private var pending: Set<String>?
    private var lastFilesWritten: Int?

    public init(hub: LiveReloadHub, build: @escaping @Sendable ([String]) async -> BuildOutcome) {
        self.hub = hub
        self.build = build
    }

    /// Builds now, or after the running build when one is under way.
    public func rebuild(changed: [String]) async {
        if building {
            pending = (pending ?? []).union(changed)
            return
        }
        building = true
        var next: [String]? = changed
        while let paths = next {
            let outcome = await build(paths)
            apply(outcome)
            next = pending.map { $0.sorted() }
            pending = nil
        }
        building = false
    }

    private func apply(_ outcome: BuildOutcome) {
        let hadError = state.error != nil
        state.error = outcome.problems.isEmpty ? nil : outcome.problems.joined(separator: "\n")
        if outcome.siteWritten {
            let changed = outcome.filesChanged > 0 || outcome.filesWritten != lastFilesWritten
            lastFilesWritten = outcome.filesWritten
            if changed || (hadError && state.error == nil) {
                state.generation += 1
                hub.broadcast(.reload(generation: state.generation))
            } else if let error = state.error {
                hub.broadcast(.buildError(error))
            }
        } else if let error = state.error {
            hub.broadcast(.buildError(error))
        }
    }
}

/// `sitegen serve`: builds, serves the output folder over HTTP/1.1 with Hummingbird, watches
/// the inputs and rebuilds on change, and reloads open pages through Server-Sent Events.
public final class DevServer: Sendable {
    public let configuration: DevServerConfiguration
    public let hub = LiveReloadHub()
    public let rebuilder: Rebuilder
    let log: @Sendable (DevServerEvent) -> Void
    let logger: Logger
    private let running = RunningGroup()

    /// - Parameters:
    ///   - build: builds the site into `configuration.output`; given the changed paths (empty
    ///     for the first build). It reports, it never throws: a failed build keeps the old site.
    ///   - log: terminal messages.
    public init(configuration: DevServerConfiguration, logLevel: Logger.Level = .error,
                build: @escaping @Sendable ([String]) async -> BuildOutcome,
                log: @escaping @Sendable (DevServerEvent) -> Void = { _ in }) {
        self.configuration = configuration
        self.rebuilder = Rebuilder(hub: hub, build: build)
        self.log = log
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = logLevel
        self.logger = logger
    }

    /// Builds, then serves until cancelled or, with `handleSignals`, until SIGINT/SIGTERM
    /// (graceful: open event streams are closed so the server can stop).
    /// - Parameter onReady: called with the bound port once the server listens.
    public func run(handleSignals: Bool = false, onReady: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let watcher = PollingWatcher(paths: configuration.watch)
        // The snapshot is taken before the first build, so an edit made during it is not missed.
        let initial = watcher.snapshot()
        await rebuilder.rebuild(changed: [])

        let responder = SiteResponder(root: StaticRoot(root: configuration.output), rebuilder: rebuilder, hub: hub, log: log)
        let watch = WatchService(watcher: watcher, initial: initial, configuration: configuration,
                                 rebuilder: rebuilder, hub: hub, log: log)
        let host = configuration.host
        let log = self.log
        let app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port)),
            services: [watch],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                log(.listening(host: host, port: port))
                await onReady(port)
            },
            logger: logger
        )
        let group = ServiceGroup(configuration: ServiceGroupConfiguration(
            services: [app], gracefulShutdownSignals: handleSignals ? [.sigint, .sigterm] : [], logger: logger))
        running.set(group)
        defer { running.set(nil) }
        try await group.run()
    }

    /// Stops a running server gracefully, as Ctrl-C does: the watcher stops, open event
    /// streams end, and `run` returns once the connections are closed.
    public func shutdown() async {
        await running.get()?.triggerGracefulShutdown()
    }
}

private final class RunningGroup: @unchecked Sendable {
    private let lock = NSLock()
    private var group: ServiceGroup?
    func set(_ g: ServiceGroup?) { lock.lock(); group = g; lock.unlock() }
    func get() -> ServiceGroup? { lock.lock(); defer { lock.unlock() }; return group }
}

/// Polls the watched paths and asks the rebuilder to build after a change; sends heartbeats.
struct WatchService: Service {
    let watcher: PollingWatcher
    let initial: PollingWatcher.Snapshot
    let configuration: DevServerConfiguration
    let rebuilder: Rebuilder
    let hub: LiveReloadHub
    let log: @Sendable (DevServerEvent) -> Void

    func run() async throws {
        await cancelWhenGracefulShutdown { await self.loop() }
        hub.close()
    }

    private func loop() async {
        var last = initial
        let clock = ContinuousClock()
        var lastPing = clock.now
        while !Task.isCancelled {
            do { try await Task.sleep(for: configuration.pollInterval) } catch { return }
            var now = watcher.snapshot()
            if now != last {
                // Debounce: wait until two snapshots agree (bounded, so a file written
                // continuously still gets built).
                let deadline = clock.now.advanced(by: .seconds(2))
                while clock.now < deadline {
                    do { try await Task.sleep(for: configuration.debounce) } catch { return }
                    let again = watcher.snapshot()
                    if again == now { break }
                    now = again
                }
                let changed = PollingWatcher.changes(from: last, to: now)
                last = now
                log(.changed(changed))
                await rebuilder.rebuild(changed: changed)
            }
            if clock.now - lastPing >= configuration.heartbeat {
                hub.broadcast(.ping)
                lastPing = clock.now
            }
        }
    }
}

/// Serves the output folder: GET and HEAD, index.html for folders, the site's 404 page,
/// ETag/If-None-Match, live-reload script in HTML responses, and the event stream.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext
    let root: StaticRoot
    let rebuilder: Rebuilder
    let hub: LiveReloadHub
    let log: @Sendable (DevServerEvent) -> Void

    func respond(to request: Request, context: Context) async throws -> Response {
        let target = request.head.path ?? "/"
        let response = await response(to: request, target: target)
        log(.request(method: request.method.rawValue, target: target, status: Int(response.status.code)))
        return response
    }

    private func response(to request: Request, target: String) async -> Response {
        let isHead = request.method == .head
        guard request.method == .get || isHead else {
            var r = plain(.methodNotAllowed, "405 Method Not Allowed: the dev server serves GET and HEAD only\n", head: isHead)
            r.headers[.allow] = "GET, HEAD"
            return r
        }
        let path = target.split(separator: "?", maxSplits: 1).first.map(String.init) ?? target
        if path == LiveReloadScript.eventsPath { return events(head: isHead) }
        if path.hasPrefix("/__sitegen/") { return plain(.notFound, "404 Not Found\n", head: isHead) }

        let generation = await rebuilder.state.generation
        for attempt in 0..<3 {
            let resolution = await resolveWaitingForSwap(target)
            switch resolution {
            case .rejected(let reason):
                log(.rejected(target: target, reason: reason))
                return plain(.badRequest, "400 Bad Request: \(reason)\n", head: isHead)
            case .redirect(let location):
                var r = Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
                r.headers[.contentType] = "text/plain; charset=utf-8"
                return r
            case .notFound:
                return notFound(head: isHead, generation: generation)
            case .file(let file):
                guard let data = FileManager.default.contents(atPath: file) else {
                    // The folder was swapped between resolving and reading: resolve again.
                    if attempt < 2 { try? await Task.sleep(for: .milliseconds(10)); continue }
                    return notFound(head: isHead, generation: generation)
                }
                return file200(data, path: file, request: request, generation: generation)
            }
        }
        return notFound(head: isHead, generation: generation)
    }

    /// A rebuild replaces the output folder with two renames; for the instant between them the
    /// root does not exist. Wait that out (bounded) instead of answering 404.
    private func resolveWaitingForSwap(_ target: String) async -> StaticRoot.Resolution {
        var resolution = root.resolve(target: target)
        var tries = 0
        while resolution == .notFound, root.realRoot == nil, tries < 50 {
            try? await Task.sleep(for: .milliseconds(10))
            resolution = root.resolve(target: target)
            tries += 1
        }
        return resolution
    }

    private func file200(_ data: Data, path: String, request: Request, generation: Int) -> Response {
        let type = MediaTypes.contentType(forPath: path)
        let body = MediaTypes.isHTML(type) ? LiveReloadScript.inject(into: data, generation: generation) : data
        let etag = EntityTag.of(body)
        var headers: HTTPFields = [
            .contentType: type, .eTag: etag, .cacheControl: "no-cache",
            .contentLength: String(body.count),
        ]
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        if let inm = request.headers[.ifNoneMatch], EntityTag.matches(ifNoneMatch: inm, etag: etag) {
            return Response(status: .notModified, headers: headers)
        }
        if request.method == .head { return Response(status: .ok, headers: headers) }
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    private func notFound(head: Bool, generation: Int) -> Response {
        let page = root.notFoundPage().flatMap { FileManager.default.contents(atPath: $0) }
            ?? Data(Self.fallback404.utf8)
        let body = LiveReloadScript.inject(into: page, generation: generation)
        let headers: HTTPFields = [.contentType: "text/html; charset=utf-8", .cacheControl: "no-cache",
                                   .contentLength: String(body.count)]
        if head { return Response(status: .notFound, headers: headers) }
        return Response(status: .notFound, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    /// Used when the site has no 404.html yet (e.g. the first build failed): still an HTML page,
    /// so the live-reload script can show the build error and reload when it is fixed.
    static let fallback404 = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>404 · sitegen serve</title></head>
        <body><h1>404</h1><p>This page does not exist (yet). The site has no 404.html: has it been built?</p></body></html>

        """

    private func plain(_ status: HTTPResponse.Status, _ text: String, head: Bool) -> Response {
        let data = Data(text.utf8)
        let headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache",
                                   .contentLength: String(data.count)]
        if head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// `text/event-stream`: a `hello` with the current state, then reload / build-error events
    /// until the page goes away or the server stops.
    private func events(head: Bool) -> Response {
        var headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        if head { return Response(status: .ok, headers: headers) }
        headers[HTTPField.Name("X-Accel-Buffering")!] = "no"
        let hub = self.hub
        let rebuilder = self.rebuilder
        let body = ResponseBody { writer in
            // Subscribe before reading the state, so no event falls between the two.
            let stream = hub.subscribe()
            let state = await rebuilder.state
            try await writer.write(ByteBuffer(string: "retry: 1000\n\n" + LiveEvent.hello(state).wire))
            try await withGracefulShutdownHandler {
                for await event in stream {
                    try await writer.write(ByteBuffer(string: event.wire))
                }
            } onGracefulShutdown: {
                hub.close()
            }
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: headers, body: body)
    }
}
