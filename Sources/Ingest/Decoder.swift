import Foundation
import SiteModel

/// Why a file cannot be read as text.
public enum DecodeFailure: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case binary(String)
    case undecodable

    public var description: String {
        switch self {
        case .empty: "file is empty"
        case .binary(let what): "binary file (\(what)), not text"
        case .undecodable: "not valid UTF-8, UTF-16, GB18030 or Big5 text"
        }
    }
}

/// Decoded text plus the evidence used to pick its encoding.
public struct DecodedText: Sendable, Equatable {
    public var text: String
    public var encoding: TextEncoding
    /// Line ends found in the bytes ("LF", "CRLF", "CR", "mixed", "none").
    public var lineEnds: String
}

/// Chooses an encoding by evidence: a BOM, else valid UTF-8, else the legacy
/// Chinese encoding whose decode has the larger share of common CJK characters.
public enum TextDecoder {
    private static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47], "PNG image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0x25, 0x50, 0x44, 0x46], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip archive"),
        ([0x52, 0x49, 0x46, 0x46], "RIFF media"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
    ]

    public static func decode(_ data: Data) -> Result<DecodedText, DecodeFailure> {
        let bytes = [UInt8](data)
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .failure(.empty)
        }
        for sig in signatures where bytes.starts(with: sig.bytes) {
            return .failure(.binary(sig.name))
        }
        if bytes.starts(with: [0xFF, 0xFE]) {
            return finish(Data(bytes.dropFirst(2)), .utf16LE)
        }
        if bytes.starts(with: [0xFE, 0xFF]) {
            return finish(Data(bytes.dropFirst(2)), .utf16BE)
        }
        if bytes.contains(0) { return .failure(.binary("contains NUL bytes")) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return finish(Data(bytes.dropFirst(3)), .utf8BOM)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return .success(DecodedText(text: normalizeLineEnds(text), encoding: .utf8, lineEnds: lineEnds(of: bytes)))
        }
        var best: (DecodedText, Double)?
        for candidate in [TextEncoding.gb18030, .big5] {
            guard let text = String(data: data, encoding: candidate.foundation) else { continue }
            let score = commonCJKShare(text)
            if best == nil || score > best!.1 {
                best = (DecodedText(text: normalizeLineEnds(text), encoding: candidate, lineEnds: lineEnds(of: bytes)), score)
            }
        }
        if let best { return .success(best.0) }
        return .failure(.undecodable)
    }

    private static func finish(_ data: Data, _ encoding: TextEncoding) -> Result<DecodedText, DecodeFailure> {
        guard let text = String(data: data, encoding: encoding.foundation) else { return .failure(.undecodable) }
        if text.unicodeScalars.contains(where: { $0.value == 0 }) { return .failure(.binary("contains NUL characters")) }
        return .success(DecodedText(text: normalizeLineEnds(text), encoding: encoding, lineEnds: lineEnds(of: Array(text.utf8))))
    }

    /// CRLF and lone CR become LF.
    static func normalizeLineEnds(_ text: String) -> String {
        guard text.contains("\r") else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    static func lineEnds(of bytes: [UInt8]) -> String {
        var crlf = 0, lf = 0, cr = 0
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D {
                if i + 1 < bytes.count, bytes[i + 1] == 0x0A { crlf += 1; i += 1 } else { cr += 1 }
            } else if bytes[i] == 0x0A { lf += 1 }
            i += 1
        }
        let kinds = [(crlf, "CRLF"), (lf, "LF"), (cr, "CR")].filter { $0.0 > 0 }
        if kinds.isEmpty { return "none" }
        return kinds.count == 1 ? kinds[0].1 : "mixed"
    }

    /// Share of common CJK characters: a wrong decode of the other encoding scatters into
    /// rare characters and private-use code points.
    public static func commonCJKShare(_ text: String) -> Double {
        CJK.plausibility(text.unicodeScalars.prefix(20_000))
    }
}
