import Foundation
import SiteModel

/// English for program names: the glossary first; otherwise pinyin of the specific part
/// plus English for the generic head (思源工程 → Siyuan Project).
public enum EnglishNames {
    static let heads: [(String, String)] = [
        ("示范圈", "Demonstration Circle"), ("工作室", "Studio"), ("服务站", "Service Station"),
        ("工程", "Project"), ("计划", "Plan"), ("行动", "Campaign"), ("品牌", "Brand"), ("驿站", "Station"),
        ("联盟", "Alliance"), ("平台", "Platform"), ("学院", "Academy"), ("书院", "Academy"),
        ("家园", "Home"), ("管家", "Steward"), ("项目", "Project"), ("e家", "e-Home"),
    ]

    public static func program(_ zh: String, glossary: Glossary) -> (en: String, pinyin: String) {
        let pinyin = PinyinText.syllables(zh, glossary: glossary)
        if let t = glossary[zh] { return (t.en, t.pinyin.isEmpty ? pinyin : t.pinyin) }
        for (head, en) in heads where zh.hasSuffix(head) && zh.count > head.count {
            let specific = String(zh.dropLast(head.count))
            if let t = glossary[specific] { return ("\(t.en) \(en)", pinyin) }
            return ("\(PinyinText.name(specific, glossary: glossary)) \(en)", pinyin)
        }
        return (PinyinText.name(zh, glossary: glossary), pinyin)
    }
}

/// An editor's English sidecar: optional front matter (`title:`) then Markdown.
public struct Sidecar: Sendable, Equatable {
    public var title: String?
    public var markdown: String

    public init(parsing text: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var title: String?
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---",
           let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" }) {
            for line in lines[1..<end] {
                guard let colon = line.firstIndex(of: ":") else { continue }
                let key = line[..<colon].trimmingCharacters(in: .whitespaces)
                var value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                if value.count >= 2, let f = value.first, f == "\"" || f == "'", value.last == f {
                    value = String(value.dropFirst().dropLast())
                }
                if key == "title", !value.isEmpty { title = value }
            }
            lines.removeSubrange(0...end)
        }
        self.title = title
        self.markdown = lines.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
