/// Punctuation passes: junk ASCII commas and ASCII punctuation inside Chinese text.
public enum Punctuation {
    static let clausePunctuation: Set<Unicode.Scalar> = [",", "，", "。", "、", "?", "？", "!", "！", ";", "；", ":", "："]

    /// An ASCII comma directly before clause punctuation is scraping debris:
    /// `站出來,,代表` → `站出來,代表`, `寫照,。` → `寫照。`, `樣子’,?` → `樣子’?`.
    public static func dropJunkCommas(_ text: String, log: inout RepairLog) -> String {
        let s = text.scalars
        guard s.contains(",") else { return text }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        for i in s.indices {
            if s[i] == ",", i + 1 < s.count, clausePunctuation.contains(s[i + 1]) {
                log.record(.junkComma, before: excerpt(s, i..<(i + 2), context: 2),
                           after: (Array(s[max(0, i - 2)..<i]) + Array(s[(i + 1)..<min(s.count, i + 4)])).string)
                continue
            }
            out.append(s[i])
        }
        return out.string
    }

    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    /// ASCII `, ; : ? ! ( )` next to Chinese text become full-width. ASCII stays inside
    /// non-Chinese tokens: `1+7`, `06:05`, `1,000`, URLs, `(O2O)`.
    public static func widen(_ text: String, log: inout RepairLog) -> String {
        let s = text.scalars
        guard s.contains(where: { fullWidth[$0] != nil }) else { return text }
        var convert = [Bool](repeating: false, count: s.count)
        var openStack: [Int] = []
        for i in s.indices {
            let c = s[i]
            switch c {
            case "\n":
                openStack.removeAll()
            case "(":
                openStack.append(i)
            case ")":
                if let open = openStack.popLast() {
                    let inner = s[(open + 1)..<i]
                    let chinese = inner.contains { $0.isChineseContext }
                        || neighbour(s, before: open)?.isHan == true
                        || neighbour(s, after: i)?.isHan == true
                    if chinese { convert[open] = true; convert[i] = true }
                } else if neighbour(s, before: i)?.isChineseContext == true {
                    convert[i] = true
                }
            case ",", ";", ":", "?", "!":
                let p = neighbour(s, before: i), n = neighbour(s, after: i)
                if (c == ":" || c == ",") && p?.isASCIIDigit == true && n?.isASCIIDigit == true { continue }
                if c == ":" && n == "/" { continue }  // URL scheme
                if p?.isChineseContext == true || n?.isChineseContext == true || (p == nil && n?.isChineseContext != false) {
                    convert[i] = true
                }
            default: break
            }
        }
        for open in openStack where neighbour(s, after: open)?.isChineseContext == true { convert[open] = true }
        var widened = s
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var afterWide = false
        for i in s.indices {
            if convert[i], let wide = fullWidth[s[i]] {
                // Spaces around full-width punctuation are layout debris.
                while let last = out.last, last.isInlineSpace { out.removeLast() }
                out.append(wide)
                widened[i] = wide
                afterWide = true
                log.record(.punctuation, before: excerpt(s, i..<(i + 1), context: 3),
                           after: excerpt(widened, i..<(i + 1), context: 3))
            } else if afterWide, s[i].isInlineSpace {
                continue
            } else {
                out.append(s[i])
                afterWide = false
            }
        }
        return out.string
    }

    private static func neighbour(_ s: [Unicode.Scalar], before i: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j >= 0, s[j].isInlineSpace { j -= 1 }
        return j >= 0 && s[j] != "\n" ? s[j] : nil
    }

    private static func neighbour(_ s: [Unicode.Scalar], after i: Int) -> Unicode.Scalar? {
        var j = i + 1
        while j < s.count, s[j].isInlineSpace { j += 1 }
        return j < s.count && s[j] != "\n" ? s[j] : nil
    }
}
