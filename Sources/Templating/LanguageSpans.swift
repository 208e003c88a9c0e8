/// Marks Chinese inside English HTML: every run of Han characters (with the CJK punctuation
/// between them) in text nodes is wrapped in `<span lang="zh-Hans">`, so screen readers, fonts
/// and search treat it as Chinese. Tags, attributes and existing `lang` spans are left alone.
public enum LanguageSpans {
    public static func markChinese(inHTML html: String) -> String {
        var out = ""
        out.reserveCapacity(html.utf8.count + 64)
        var run = ""
        var inTag = false
        var zhDepth = 0  // inside an element that already says lang="zh…"
        var tagText = ""
        func flush() {
            guard !run.isEmpty else { return }
            out += zhDepth > 0 ? run : "<span lang=\"zh-Hans\">\(run)</span>"
            run = ""
        }
        for ch in html {
            if inTag {
                tagText.append(ch)
                out.append(ch)
                if ch == ">" {
                    inTag = false
                    if tagText.contains("lang=\"zh") { zhDepth += 1 } else if zhDepth > 0, tagText.hasPrefix("</") { zhDepth -= 1 }
                }
                continue
            }
            if ch == "<" { flush(); inTag = true; tagText = "<"; out.append(ch); continue }
            if isChinese(ch) || (!run.isEmpty && isCJKPunctuation(ch)) { run.append(ch); continue }
            flush()
            out.append(ch)
        }
        flush()
        return out
    }

    static func isChinese(_ ch: Character) -> Bool {
        ch.unicodeScalars.first.map { $0.properties.isIdeographic } ?? false
    }

    static func isCJKPunctuation(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(v) || (0xFF01...0xFF65).contains(v) || v == 0x00B7 || v == 0x30FB
    }
}
