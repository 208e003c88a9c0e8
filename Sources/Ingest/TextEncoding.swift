import Foundation
import SiteModel

/// The encodings sitegen reads, with the Foundation encoding behind each.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case utf8BOM = "UTF-8 (BOM)"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case gb18030 = "GB18030"
    case big5 = "Big5"

    public static let gb18030Foundation = CJK.gb18030
    public static let big5Foundation = CJK.big5

    public var foundation: String.Encoding {
        switch self {
        case .utf8, .utf8BOM: .utf8
        case .utf16LE: .utf16LittleEndian
        case .utf16BE: .utf16BigEndian
        case .gb18030: Self.gb18030Foundation
        case .big5: Self.big5Foundation
        }
    }
}
