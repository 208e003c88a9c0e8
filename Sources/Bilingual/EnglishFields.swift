import Foundation
import SiteModel

/// Fills the English side of a Document from the glossary, pinyin, the extracted facts and the
/// editor's sidecar. Nothing is machine-translated: an English field is either the editor's, a
/// glossary entry, pinyin, or composed from facts (and then flagged).
public enum EnglishFields {
    static let roles: [String: String] = [
        "首席记者": "chief reporter", "记者": "reporter", "通讯员": "correspondent", "编辑": "editor", "作者": "author",
        "摄影": "photographer", "实习生": "intern", "特约记者": "special correspondent", "见习记者": "trainee reporter",
        "主编": "chief editor", "审核": "reviewer", "校对": "proofreader", "制图": "graphics",
    ]

    public static func roleEnglish(_ role: String?) -> String? { role.flatMap { roles[$0] } }

    public static func fill(_ doc: inout Document, sidecar: Sidecar?, glossary: Glossary) {
        for i in doc.programs.indices {
            let names = EnglishNames.program(doc.programs[i].zh, glossary: glossary)
            doc.programs[i].en = names.en
            doc.programs[i].pinyin = names.pinyin
        }
        for i in doc.authors.indices where doc.authors[i].en == nil {
            doc.authors[i].en = PinyinText.personalName(doc.authors[i].name, glossary: glossary)
        }
        if let outlet = doc.outlet, outlet.en == nil { doc.outlet?.en = TermEnglish.english(outlet.zh, glossary: glossary) }
        for i in doc.blocks.indices where doc.blocks[i].kind == .heading {
            doc.blocks[i].en = glossary[doc.blocks[i].zh.trimmingCharacters(in: CharacterSet(charactersIn: "●■◆ "))]?.en
        }
        for i in doc.figures.indices { doc.figures[i].en = FigureEnglish.english(doc.figures[i], glossary: glossary) }
        doc.summary.zh = Summarizer.summary(of: doc.blocks.filter { $0.kind == .paragraph }.map(\.zh))

        if let title = sidecar?.title {
            doc.title.en = title
            doc.title.enDerived = false
        } else if let en = TermEnglish.english(doc.title.zh, glossary: glossary), !doc.title.derived {
            doc.title.en = en
            doc.title.enDerived = false
        } else {
            doc.title.en = composedTitle(doc)
            doc.title.enDerived = true
        }
        if let sidecar, !sidecar.markdown.isEmpty {
            doc.summary.en = sidecar.markdown
            doc.summary.enSource = "editor"
        } else {
            doc.summary.en = factSheet(doc)
            doc.summary.enSource = "generated"
        }
    }

    static func placeShort(_ doc: Document) -> String? {
        doc.region?.en.flatMap { $0.split(separator: ",").first.map(String.init) }
    }

    /// Place, main program, theme: "Taicang: the Siyuan Project and grassroots Party building".
    static func composedTitle(_ doc: Document) -> String {
        let place = placeShort(doc)
        let program = doc.programs.first?.en
        switch (place, program) {
        case let (p?, g?): return "\(p): the \(g) in grassroots Party building"
        case let (p?, nil): return "Grassroots Party building in \(p)"
        case let (nil, g?): return "The \(g) in grassroots Party building"
        default: return "A report on grassroots Party building"
        }
    }

    public static func englishDate(_ iso: String?) -> String? {
        guard let iso, iso.count >= 10 else { return nil }
        let parts = iso.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return nil }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "\(parts[2]) \(months[parts[1] - 1]) \(parts[0])"
    }

    /// A generated English fact sheet (Markdown): place, date, outlet, programs and key figures.
    public static func factSheet(_ doc: Document) -> String {
        var lead = "A report"
        if let place = doc.region?.en { lead += " from \(place)" }
        if let date = englishDate(doc.date) { lead += ", dated \(date)" } else { lead += " (undated)" }
        if let outlet = doc.outlet?.en { lead += ", published by \(outlet)" }
        let bylines = doc.authors.compactMap { a -> String? in
            guard let en = a.en else { return nil }
            return roleEnglish(a.role).map { "\(en) (\($0))" } ?? en
        }
        if !bylines.isEmpty { lead += ", by \(bylines.joined(separator: " and "))" }
        lead += "."
        var text = lead
        let programs = doc.programs.compactMap(\.en).prefix(5)
        if !programs.isEmpty {
            let list = programs.count == 1 ? "the \(programs[0])"
                : "the " + programs.dropLast().joined(separator: ", the ") + " and the \(programs.last!)"
            text += " It describes \(list)."
        }
        let figures = doc.figures.compactMap(\.en).prefix(5)
        if !figures.isEmpty {
            text += "\n\nKey figures:\n\n" + figures.map { "- \($0)" }.joined(separator: "\n")
        }
        return text
    }
}
