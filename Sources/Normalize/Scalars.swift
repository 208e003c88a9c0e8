/// Character classes shared by the passes. Work is done on unicode scalars:
/// the passes look at single code points, and scalar arrays are much faster than Character.
extension Unicode.Scalar {
    /// CJK ideographs (URO, extension A, compatibility, supplementary planes).
    var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Full-width and CJK punctuation, including the curly quotes used in Chinese text.
    var isCJKPunctuation: Bool {
        switch value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65,
             0x201C, 0x201D, 0x2018, 0x2019, 0x2014, 0x2026, 0x00B7, 0x25CF: true
        default: false
        }
    }

    var isChineseContext: Bool { isHan || isCJKPunctuation }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
    var isInlineSpace: Bool { value == 0x20 || value == 0x09 || value == 0x3000 || value == 0xA0 }
}

extension Array where Element == Unicode.Scalar {
    var string: String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: self)
        return String(s)
    }
}

extension String {
    var scalars: [Unicode.Scalar] { Array(unicodeScalars) }
}

/// A short excerpt around a position, for repair examples.
func excerpt(_ s: [Unicode.Scalar], _ range: Range<Int>, context: Int = 4) -> String {
    let lo = Swift.max(0, range.lowerBound - context)
    let hi = Swift.min(s.count, range.upperBound + context)
    return Array(s[lo..<hi]).string
}
