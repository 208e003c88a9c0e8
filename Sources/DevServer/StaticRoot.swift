import Foundation

/// Maps a raw HTTP request target onto a file inside the output folder, and nothing outside it.
///
/// The target is checked before it is decoded and again after: `..` and `.` segments (also as
/// `%2e`), encoded slashes and backslashes (`%2f`, `%5c`), NUL and control characters, and
/// malformed percent escapes are refused. The path that remains is resolved with `realpath`,
/// and a file whose real path is not under the real path of the root (a symlink pointing out)
/// is reported as not found. The root is resolved on every request because a rebuild swaps
/// the output folder.
public struct StaticRoot: Sendable {
    public enum Resolution: Equatable, Sendable {
        /// Absolute real path of a regular file inside the root.
        case file(String)
        /// A folder asked for without its trailing slash: redirect here.
        case redirect(String)
        case notFound
        /// The target is malformed or tries to leave the root; the reason is for the log.
        case rejected(String)
    }

    public let root: String

    public init(root: String) {
        self.root = URL(fileURLWithPath: root).standardizedFileURL.path
    }

    /// The real path of the root, or nil while it does not exist (between a rebuild's renames).
    public var realRoot: String? { Self.realpath(root) }

    public func resolve(target: String) -> Resolution {
        var rawPath = target
        var query = ""
        if let q = rawPath.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            if rawPath[q] == "?" { query = String(rawPath[q...]) }
            rawPath = String(rawPath[..<q])
        }
        guard rawPath.hasPrefix("/") else { return .rejected("not an origin-form path") }
        if rawPath.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\\") }) {
            return .rejected("control character or backslash in path")
        }
        var segments: [String] = []
        var rawSegments: [Substring] = []
        for raw in rawPath.split(separator: "/", omittingEmptySubsequences: true) {
            let lower = raw.lowercased()
            if lower.contains("%2f") || lower.contains("%5c") { return .rejected("encoded slash in path") }
            guard let decoded = Self.percentDecode(raw) else { return .rejected("malformed percent-encoding") }
            if decoded == "." || decoded == ".." { return .rejected("dot segment in path") }
            if decoded.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "/" || $0 == "\\" }) {
                return .rejected("control character or slash in path")
            }
            segments.append(decoded)
            rawSegments.append(raw)
        }
        guard let base = realRoot else { return .notFound }
        let candidate = ([base] + segments).joined(separator: "/")
        guard let real = Self.realpath(candidate), Self.isInside(real, base) else { return .notFound }
        switch Self.kind(real) {
        case .directory:
            guard rawPath.hasSuffix("/") else {
                // Built from the checked segments, so `//host` can never become an open redirect.
                let location = "/" + rawSegments.map { String($0) + "/" }.joined()
                return .redirect(location + query)
            }
            guard let index = Self.realpath(real + "/index.html"), Self.isInside(index, base),
                  Self.kind(index) == .file else { return .notFound }
            return .file(index)
        case .file:
            return rawPath.hasSuffix("/") ? .notFound : .file(real)
        case .other:
            return .notFound
        }
    }

    /// The site's own 404 page, when the build made one.
    public func notFoundPage() -> String? {
        guard let base = realRoot, let page = Self.realpath(base + "/404.html"), Self.isInside(page, base),
              Self.kind(page) == .file else { return nil }
        return page
    }

    // MARK: helpers

    static func isInside(_ path: String, _ base: String) -> Bool {
        path == base || path.hasPrefix(base == "/" ? "/" : base + "/")
    }

    enum Kind { case file, directory, other }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard stat(path, &st) == 0 else { return .other }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    static func realpath(_ path: String) -> String? {
        #if canImport(Glibc) || canImport(Musl)
        guard let p = Foundation.realpath(path, nil) else { return nil }
        #else
        guard let p = Darwin.realpath(path, nil) else { return nil }
        #endif
        defer { free(p) }
        return String(cString: p)
    }

    /// Strict percent-decoding: every `%` must start two hex digits and the bytes must be UTF-8.
    static func percentDecode(_ s: Substring) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var it = s.utf8.makeIterator()
        while let b = it.next() {
            if b == UInt8(ascii: "%") {
                guard let h = it.next().flatMap(hexValue), let l = it.next().flatMap(hexValue) else { return nil }
                bytes.append(h << 4 | l)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
