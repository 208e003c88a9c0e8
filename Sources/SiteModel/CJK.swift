import Foundation

/// Character knowledge shared by decoding and repair: legacy Chinese encodings and
/// which characters are common.
public enum CJK {
    /// Foundation exposes CoreFoundation's encodings on Linux only by raw value
    /// (0x8000_0000 | CFStringEncoding). GB18030 is a superset of GBK.
    public static let gb18030 = String.Encoding(rawValue: 0x8000_0000 | 0x0632)
    public static let big5 = String.Encoding(rawValue: 0x8000_0000 | 0x0A03)

    /// GB18030 bytes of a string, nil for characters it cannot encode.
    public static func gbBytes(_ s: String) -> [UInt8]? {
        s.data(using: gb18030).map { [UInt8]($0) }
    }

    /// Strict decode of GBK/GB18030 bytes.
    public static func gbString(_ bytes: [UInt8]) -> String? {
        String(data: Data(bytes), encoding: gb18030)
    }

    /// Common in either script: level-1 GB2312 (lead byte 0xB0–0xD7) or level-1 Big5
    /// (lead 0xA4–0xC6). Wrong decodes scatter into rare characters and private use.
    public static func isCommon(_ scalar: Unicode.Scalar) -> Bool {
        commonSet.contains(scalar.value)
    }

    /// Built once by decoding the two level-1 blocks.
    private static let commonSet: Set<UInt32> = {
        var set = Set<UInt32>()
        func add(_ bytes: [UInt8], _ encoding: String.Encoding) {
            guard let s = String(data: Data(bytes), encoding: encoding), s.unicodeScalars.count == 1,
                  let scalar = s.unicodeScalars.first, scalar.properties.isIdeographic else { return }
            set.insert(scalar.value)
        }
        for lead in UInt8(0xB0)...0xD7 { for trail in UInt8(0xA1)...0xFE { add([lead, trail], gb18030) } }
        for lead in UInt8(0xA4)...0xC6 {
            for trail in Array(UInt8(0x40)...0x7E) + Array(UInt8(0xA1)...0xFE) { add([lead, trail], big5) }
        }
        return set
    }()

    public static func isPrivateUse(_ scalar: Unicode.Scalar) -> Bool {
        (0xE000...0xF8FF).contains(scalar.value)
    }

    /// Share of common characters among the Han, private-use and replacement characters
    /// of `text` (1 when there are none): how much a span reads like real Chinese.
    public static func plausibility<S: Sequence>(_ scalars: S) -> Double where S.Element == Unicode.Scalar {
        var total = 0, common = 0
        for scalar in scalars {
            if isPrivateUse(scalar) || scalar.value == 0xFFFD { total += 1; continue }
            if (0x3040...0x30FF).contains(scalar.value) || (0xAC00...0xD7AF).contains(scalar.value) { total += 1; continue } // kana, hangul
            guard scalar.properties.isIdeographic else { continue }
            total += 1
            if isCommon(scalar) { common += 1 }
        }
        return total == 0 ? 1 : Double(common) / Double(total)
    }
}
