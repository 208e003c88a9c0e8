/// Small facts about a cleaned line that the line passes (Boilerplate, DisplayLines) share.
/// Word tests search the UTF-8 bytes: String.contains and Regex are far slower, and these run on
/// every line of every document.
enum LineShape {
    /// Words of credits, bylines and publication metadata. Lines holding them belong to Extract,
    /// so the line passes neither remove them (outside pure chrome) nor join them to other lines.
    static let creditWords = Needles([
        "记者", "記者", "编辑", "編輯", "责编", "責編", "通讯员", "通訊員", "来源", "來源", "作者",
        "摄影", "攝影", "摄像", "供稿", "审核", "審核", "校对", "校對", "监制", "監製", "出品",
        "排版", "美编", "撰稿", "执笔", "執筆", "关键词", "關鍵詞", "关键字", "刊载", "刊載",
        "日期", "发布时间", "發布時間", "原标题", "原標題", "出处", "出處",
    ])

    /// A credit, byline or metadata line: credit words, or a date-led line without a clause
    /// comma (`2018-08-02 06:05嚴仕恩`, not `2020年3月16日，南通市委…`), or an issue line
    /// such as `浙江共产党员 2018年8期`.
    static func isMetadata(_ line: String) -> Bool {
        // (`社区工作者` holds 作者 but credits no one.)
        if creditWords.found(in: line), !line.contains("工作者") || creditWords.found(in: line.replacing("工作者", with: "")) { return true }
        let s = line.scalars
        if startsWithDate(s), !s.contains("，"), !s.contains(",") { return true }
        if s.count <= 40, hasIssueNumber(s) { return true }
        return false
    }

    /// `2018-08-02…`, `2018年8月…`, `2018/8…` at the start (after spaces).
    static func startsWithDate(_ s: [Unicode.Scalar]) -> Bool {
        var i = 0
        while i < s.count, s[i].isInlineSpace { i += 1 }
        let digits = i
        while i < s.count, s[i].isASCIIDigit { i += 1 }
        guard i - digits == 4 else { return false }
        while i < s.count, s[i].isInlineSpace { i += 1 }
        guard i < s.count, "-/.年".unicodeScalars.contains(s[i]) else { return false }
        i += 1
        while i < s.count, s[i].isInlineSpace { i += 1 }
        return i < s.count && s[i].isASCIIDigit
    }

    /// `2018年8期`, `2018年第8期`.
    static func hasIssueNumber(_ s: [Unicode.Scalar]) -> Bool {
        for (y, c) in s.enumerated() where c == "年" && y >= 4 {
            var b = y - 1
            while b >= 0, s[b].isInlineSpace { b -= 1 }
            guard b >= 3, (b - 3...b).allSatisfy({ s[$0].isASCIIDigit }) else { continue }
            var i = y + 1
            while i < s.count, s[i].isInlineSpace || s[i] == "第" { i += 1 }
            let start = i
            while i < s.count, s[i].isASCIIDigit { i += 1 }
            guard (1...3).contains(i - start) else { continue }
            while i < s.count, s[i].isInlineSpace { i += 1 }
            if i < s.count, s[i] == "期" { return true }
        }
        return false
    }

    /// True for a line with no letter, Han character or digit: `？`, `……`, `|`, `——`.
    static func isSymbolsOnly(_ line: String) -> Bool {
        !line.contains { $0.isLetter || $0.isNumber }
    }

    static func isHan(_ c: Character) -> Bool {
        c.unicodeScalars.first?.isHan ?? false
    }

    /// Whitespace between two non-ASCII characters (a byline `组织部长 严仕恩`, an issue line,
    /// list titles `对症下药 强健基层党组织`), as opposed to spaces around Latin words.
    static func hasInnerSpace(_ line: String) -> Bool {
        let s = line.scalars
        guard s.count > 2 else { return false }
        for i in 1..<(s.count - 1) where s[i].properties.isWhitespace {
            var l = i - 1
            while l > 0, s[l].properties.isWhitespace { l -= 1 }
            var r = i + 1
            while r < s.count - 1, s[r].properties.isWhitespace { r += 1 }
            if !s[l].isASCII || !s[r].isASCII { return true }
        }
        return false
    }

    /// Signs of a URL, checked before the regular expression.
    static let urlHints = Needles(["://", "www.", "WWW.", ".com", ".cn", ".net", ".org", ".cc", ".top", ".xyz", ".vip", ".info", ".htm"])

    nonisolated(unsafe) static let url = /(?i)(https?:\/\/|www\.)[^\s，。；、）)”"]+|[A-Za-z0-9][A-Za-z0-9-]*(\.[A-Za-z0-9-]+)*\.(com|cn|net|org|cc|top|xyz|vip|info|html?)(\/[^\s，。；、）)”"]*)?/
}

/// A fixed set of words searched in the UTF-8 bytes of a string.
struct Needles: Sendable {
    let words: [[UInt8]]
    let firstBytes: Set<UInt8>

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        firstBytes = Set(self.words.compactMap(\.first))
    }

    /// Whether any word occurs in the text.
    func found(in text: String) -> Bool {
        var text = text
        return text.withUTF8 { found(inBytes: $0) }
    }

    /// The words that occur in the text, by index.
    func indices(in text: String) -> [Int] {
        var text = text
        return text.withUTF8 { buf in words.indices.filter { Self.occurs(words[$0], in: buf) } }
    }

    func found(inBytes buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !buf.isEmpty else { return false }
        for i in 0..<buf.count where firstBytes.contains(buf[i]) {
            for w in words where w[0] == buf[i] && Self.matches(w, in: buf, at: i) { return true }
        }
        return false
    }

    static func occurs(_ w: [UInt8], in buf: UnsafeBufferPointer<UInt8>) -> Bool {
        guard w.count <= buf.count else { return false }
        for i in 0...(buf.count - w.count) where buf[i] == w[0] && matches(w, in: buf, at: i) { return true }
        return false
    }

    static func matches(_ w: [UInt8], in buf: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + w.count <= buf.count else { return false }
        for k in 1..<w.count where buf[i + k] != w[k] { return false }
        return true
    }
}
