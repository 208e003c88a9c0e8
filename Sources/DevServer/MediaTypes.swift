import Foundation

/// Content types by file extension; text types carry `charset=utf-8` (the site writes UTF-8 only).
public enum MediaTypes {
    static let table: [String: String] = [
        "html": "text/html; charset=utf-8",
        "htm": "text/html; charset=utf-8",
        "css": "text/css; charset=utf-8",
        "js": "text/javascript; charset=utf-8",
        "mjs": "text/javascript; charset=utf-8",
        "json": "application/json; charset=utf-8",
        "xml": "application/xml; charset=utf-8",
        "svg": "image/svg+xml; charset=utf-8",
        "txt": "text/plain; charset=utf-8",
        "md": "text/markdown; charset=utf-8",
        "tsv": "text/tab-separated-values; charset=utf-8",
        "csv": "text/csv; charset=utf-8",
        "webmanifest": "application/manifest+json; charset=utf-8",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
        "ico": "image/x-icon",
        "woff": "font/woff",
        "woff2": "font/woff2",
        "pdf": "application/pdf",
    ]

    public static func contentType(forPath path: String) -> String {
        let ext = (path as NSString).pathExtension.lowercased()
        return table[ext] ?? "application/octet-stream"
    }

    public static func isHTML(_ contentType: String) -> Bool { contentType.hasPrefix("text/html") }
}

/// Strong entity tags from the bytes served (64-bit FNV-1a plus the length).
public enum EntityTag {
    public static func of(_ data: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { buf in
            for b in buf {
                hash ^= UInt64(b)
                hash = hash &* 0x0000_0100_0000_01B3
            }
        }
        return "\"\(String(hash, radix: 16))-\(String(data.count, radix: 16))\""
    }

    /// True when an `If-None-Match` header value names `etag` (or is `*`); weak tags compare weakly.
    public static func matches(ifNoneMatch header: String, etag: String) -> Bool {
        for part in header.split(separator: ",") {
            var tag = part.trimmingCharacters(in: .whitespaces)
            if tag == "*" { return true }
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            if tag == etag { return true }
        }
        return false
    }
}
