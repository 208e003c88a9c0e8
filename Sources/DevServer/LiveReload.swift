import Foundation

/// The build state pages are told about, over Server-Sent Events on `/__sitegen/events`.
public struct SiteState: Sendable, Equatable {
    /// Increases on every rebuild that changed the site; pages carry the generation they were
    /// served with and reload when the server's differs.
    public var generation: Int
    /// The problems of the last build (one line each), shown over the page; nil when it was clean.
    public var error: String?

    public init(generation: Int, error: String? = nil) {
        self.generation = generation; self.error = error
    }
}

/// One message on the event stream.
public enum LiveEvent: Sendable, Equatable {
    case hello(SiteState)
    case reload(generation: Int)
    case buildError(String)
    case ping

    /// The SSE wire form: `event:` and one `data:` line of JSON, then a blank line.
    public var wire: String {
        switch self {
        case .hello(let state):
            return "event: hello\ndata: \(Self.json(["generation": state.generation, "error": state.error.map { $0 as Any } ?? NSNull()]))\n\n"
        case .reload(let generation):
            return "event: reload\ndata: \(Self.json(["generation": generation]))\n\n"
        case .buildError(let message):
            return "event: build-error\ndata: \(Self.json(["error": message]))\n\n"
        case .ping:
            return ": ping\n\n"
        }
    }

    /// One line of JSON (SSE data lines cannot hold a newline; JSON escapes them).
    static func json(_ object: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
              let s = String(data: data, encoding: .utf8) else { return "{}" }
        return s
    }
}

/// Fans events out to every open event stream. Sendable through its lock; yielding to an
/// AsyncStream never blocks.
public final class LiveReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var subscribers: [UUID: AsyncStream<LiveEvent>.Continuation] = [:]
    private var closed = false

    public init() {}

    /// A new stream; it ends when the hub closes or the consumer stops iterating.
    public func subscribe() -> AsyncStream<LiveEvent> {
        let (stream, continuation) = AsyncStream<LiveEvent>.makeStream(bufferingPolicy: .bufferingNewest(32))
        let id = UUID()
        lock.lock()
        if closed {
            lock.unlock()
            continuation.finish()
            return stream
        }
        subscribers[id] = continuation
        lock.unlock()
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return stream
    }

    public var subscriberCount: Int {
        lock.lock(); defer { lock.unlock() }
        return subscribers.count
    }

    public func broadcast(_ event: LiveEvent) {
        lock.lock()
        let targets = Array(subscribers.values)
        lock.unlock()
        for c in targets { c.yield(event) }
    }

    /// Ends every stream (server shutdown); later subscribers get an empty stream.
    public func close() {
        lock.lock()
        closed = true
        let targets = Array(subscribers.values)
        subscribers.removeAll()
        lock.unlock()
        for c in targets { c.finish() }
    }

    private func remove(_ id: UUID) {
        lock.lock(); subscribers[id] = nil; lock.unlock()
    }
}

/// The script the server adds to HTML responses (never to the files on disk).
public enum LiveReloadScript {
    public static let eventsPath = "/__sitegen/events"

    public static func tag(generation: Int) -> String {
        // The error box is built with textContent: a build message can never inject markup.
        """
        <script data-sitegen-serve>/* added by sitegen serve: live reload; not part of the built site */
        (function(){var g=\(generation),box=null;
        function show(m){if(!box){box=document.createElement("pre");box.id="sitegen-build-error";box.setAttribute("role","alert");
        box.style.cssText="position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;margin:0;padding:1em 1.25em;background:#2a0d0d;color:#ffe3e3;font:13px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;border-top:4px solid #e5484d;z-index:2147483647";
        (document.body||document.documentElement).appendChild(box);}
        box.textContent="sitegen serve: the last build reported problems; the last good site is still being served.\\n\\n"+m;}
        function hide(){if(box){box.remove();box=null;}}
        if(!window.EventSource)return;var es=new EventSource("\(eventsPath)");
        es.addEventListener("hello",function(e){var d=JSON.parse(e.data);if(d.generation!==g){location.reload();return;}if(d.error)show(d.error);else hide();});
        es.addEventListener("reload",function(){location.reload();});
        es.addEventListener("build-error",function(e){show(JSON.parse(e.data).error);});
        })();</script>

        """
    }

    /// Inserts the script before the last `</body>` (any case), or appends it when there is none.
    public static func inject(into html: Data, generation: Int) -> Data {
        let script = Data(tag(generation: generation).utf8)
        let needle = Array("</body".utf8)
        let bytes = [UInt8](html)
        var i = bytes.count - needle.count
        while i >= 0 {
            var match = true
            for j in 0..<needle.count where lower(bytes[i + j]) != needle[j] {
                match = false
                break
            }
            if match {
                var out = Data(bytes[..<i])
                out.append(script)
                out.append(contentsOf: bytes[i...])
                return out
            }
            i -= 1
        }
        var out = html
        out.append(script)
        return out
    }

    private static func lower(_ b: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b) ? b + 32 : b
    }
}
