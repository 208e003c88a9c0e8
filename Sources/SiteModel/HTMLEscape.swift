/// Escapes text for HTML content and attribute values: every piece of seed text passes here or
/// through Mustache's `{{ }}`.
public func escapeHTML(_ s: String) -> String {
    // Byte-wise: the five specials are ASCII, and UTF-8 never uses ASCII bytes inside other characters.
    let utf8 = s.utf8
    guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return s }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 16)
    for b in utf8 {
        switch b {
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&#39;".utf8)
        default: out.append(b)
        }
    }
    return String(decoding: out, as: UTF8.self)
}
