import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A deliberately raw HTTP/1.1 client over a loopback socket. URLSession (curl underneath on
/// Linux) normalises `/../` away before sending, which would hide exactly the requests the
/// traversal tests need to send byte for byte. Blocking socket calls run on their own threads,
/// never on the cooperative pool the server's tasks need.
struct HTTPReply: Sendable {
    var status: Int
    /// Lower-cased names.
    var headers: [String: String]
    var body: Data
    var text: String { String(decoding: body, as: UTF8.self) }
    subscript(_ name: String) -> String? { headers[name.lowercased()] }
}

struct LoopbackError: Error, CustomStringConvertible {
    var description: String
}

/// Runs blocking work on a new thread.
func onThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread { continuation.resume(with: Result { try work() }) }
        thread.start()
    }
}

final class LoopbackConnection: @unchecked Sendable {
    private let fd: Int32
    private var buffer = Data()
    /// A throwing initializer still runs deinit once the object is complete: closing the descriptor
    /// there too would close a number another thread may have been given meanwhile.
    private var isOpen = true

    init(port: Int) throws {
        #if canImport(Darwin)
        fd = socket(AF_INET, SOCK_STREAM, 0)
        #else
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #endif
        guard fd >= 0 else { throw LoopbackError(description: "socket() failed") }
        var tv = timeval(tv_sec: 0, tv_usec: 250_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = in_port_t(UInt16(port).bigEndian)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let rc = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard rc == 0 else {
            let error = errno
            close(fd)
            isOpen = false
            throw LoopbackError(description: "cannot connect to 127.0.0.1:\(port) (errno \(error))")
        }
    }

    deinit { if isOpen { close(fd) } }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Foundation.send(fd, $0.baseAddress, $0.count, 0) }
            guard n > 0 else { throw LoopbackError(description: "send failed") }
            offset += n
        }
    }

    /// Reads until the peer closes or `deadline`; returns everything read so far.
    func readToEnd(timeout: Double) -> Data {
        _ = read(until: { _ in false }, timeout: timeout)
        return buffer
    }

    /// Reads until `done(bufferSoFar)` holds, the peer closes, or the timeout passes.
    /// Returns whether `done` held.
    func read(until done: (Data) -> Bool, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 16384)
        while !done(buffer) {
            if Date() > deadline { return false }
            let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                return done(buffer)
            } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
                return done(buffer)
            }
        }
        return true
    }

    var received: String { String(decoding: buffer, as: UTF8.self) }
}

enum Loopback {
    /// One request with `Connection: close`; the reply is read to the end.
    static func request(port: Int, _ target: String, method: String = "GET", headers: [String: String] = [:],
                        timeout: Double = 20) async throws -> HTTPReply {
        try await onThread {
            let conn = try LoopbackConnection(port: port)
            var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            for (k, v) in headers { head += "\(k): \(v)\r\n" }
            try conn.send(head + "\r\n")
            return try parse(conn.readToEnd(timeout: timeout), method: method)
        }
    }

    static func parse(_ data: Data, method: String) throws -> HTTPReply {
        let separator = Data("\r\n\r\n".utf8)
        guard let end = data.range(of: separator) else {
            throw LoopbackError(description: "no complete response head in \(data.count) bytes")
        }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw LoopbackError(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if method == "HEAD" || status == 304 || status == 204 {
            body = Data()
        } else if headers["transfer-encoding"]?.lowercased().contains("chunked") == true {
            body = dechunk(body)
        }
        return HTTPReply(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { break }
            let stop = rest.index(start, offsetBy: size)
            out.append(rest[start..<stop])
            rest = rest[min(rest.index(stop, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex, rest.endIndex)...]
        }
        return out
    }

    /// True when nothing accepts connections on the port any more.
    static func isClosed(port: Int) async -> Bool {
        (try? await onThread { _ = try LoopbackConnection(port: port) }) == nil
    }
}
