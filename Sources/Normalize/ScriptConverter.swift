import COpenCC
import Foundation
import SiteModel

/// OpenCC converter (C API). Opening loads dictionaries, so open one per worker and reuse it;
/// an instance is not shared between threads.
public final class ScriptConverter: @unchecked Sendable {
    private let handle: opencc_t
    public let config: String

    public init(config: String = "t2s.json") throws(SitegenError) {
        guard let h = opencc_open(config), h != UnsafeMutableRawPointer(bitPattern: -1) else {
            let reason = opencc_error().map { String(cString: $0) } ?? "unknown error"
            throw SitegenError(.normalize, path: config, "cannot open OpenCC configuration: \(reason)")
        }
        handle = h
        self.config = config
    }

    deinit { opencc_close(handle) }

    public func convert(_ text: String) -> String {
        guard !text.isEmpty else { return text }
        var utf8 = Array(text.utf8)
        let length = utf8.count
        utf8.append(0)
        return utf8.withUnsafeBufferPointer { buf -> String in
            guard let raw = buf.baseAddress.map({ UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }),
                  let out = opencc_convert_utf8(handle, raw, length) else { return text }
            defer { opencc_convert_utf8_free(out) }
            return String(cString: out)
        }
    }
}
