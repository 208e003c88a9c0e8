import Bilingual
import Foundation
import SiteModel
import Templating

/// A site language: its URL folder and its BCP 47 tag.
public struct Language: Sendable, Equatable {
    public var code: String
    public var htmlLang: String
    public static let zh = Language(code: "zh", htmlLang: "zh-Hans")
    public static let en = Language(code: "en", htmlLang: "en")
    public static let all = [zh, en]
    var other: Language { self == .zh ? .en : .zh }
}

/// Documents → every file of public/. Links are relative so the site works from any path and from disk.
struct Renderer {
    var templates: TemplateSet
    var strings: UIStrings
    var glossary: Glossary
    var baseURL: String?
    var assetsDirectory: String

    func render(_ docs: [Document]) throws(SitegenError) -> SiteOutput {
        var out = SiteOutput()
        let byDate = docs.sorted { ($0.date ?? "", $1.id) > ($1.date ?? "", $0.id) }
        out.add("index.html", try page("landing", [
            "zh": strings.table("zh"), "en": strings.table("en"), "count": docs.count,
        ]))
        out.add("404.html", try page("404", ["zh": strings.table("zh"), "en": strings.table("en"), "base": "/"]))
        out.add("robots.txt", "User-agent: *\nAllow: /\n")
        for lang in Language.all {
            out.add("\(lang.code)/index.html", try page("home", try home(lang, byDate)))
            for doc in docs {
                out.add("\(lang.code)/articles/\(doc.slug)/index.html", try page("article", try article(doc, lang)))
            }
        }
        for doc in docs {
            do { out.add("data/articles/\(doc.slug).json", try doc.jsonData(pretty: true)) } catch {
                throw SitegenError(.render, path: doc.source.file, "cannot encode JSON: \(error)")
            }
        }
        try addAssets(&out)
        return out
    }

    private func page(_ name: String, _ context: [String: Any]) throws(SitegenError) -> String {
        do { return try templates.render(name, context) } catch let e as TemplateError {
            throw SitegenError(.render, path: e.path, e.reason)
        } catch { throw SitegenError(.render, path: name, "\(error)") }
    }

    private func addAssets(_ out: inout SiteOutput) throws(SitegenError) {
        let fm = FileManager.default
        guard let files = fm.enumerator(atPath: assetsDirectory)?.compactMap({ $0 as? String }) else { return }
        for file in files.sorted() {
            let path = (assetsDirectory as NSString).appendingPathComponent(file)
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: path) else {
                throw SitegenError(.render, path: path, "cannot read asset")
            }
            out.add("assets/\(file)", data)
        }
    }

    // MARK: contexts

    private func common(_ lang: Language, root: String, pathInLang: String, title: String) -> [String: Any] {
        let other = lang.other
        return [
            "lang": lang.code, "htmlLang": lang.htmlLang, "root": root, "pageTitle": title,
            "t": strings.table(lang.code),
            "alternates": Language.all.map { ["hreflang": $0.htmlLang, "href": "\(root)\($0.code)/\(pathInLang)"] },
            "switch": ["href": "\(root)\(other.code)/\(pathInLang)", "hreflang": other.htmlLang,
                       "label": strings.table(other.code)["switchLabel"] ?? other.code],
        ]
    }

    private func placeName(_ doc: Document, _ lang: Language) -> String {
        guard let r = doc.region else { return strings.table(lang.code)["unknownPlace"] ?? "" }
        if lang == .en { return r.en ?? "" }
        return [r.province, r.city, r.county].compactMap { $0 }.reduce(into: [String]()) { acc, n in
            if acc.last != n { acc.append(n) }
        }.joined()
    }

    private func dateText(_ doc: Document, _ lang: Language) -> String {
        doc.date.map { String($0.prefix(10)) } ?? (strings.table(lang.code)["undated"] ?? "")
    }

    /// Title in the page language; an English page without an English title shows the
    /// Chinese one marked as Chinese.
    private func title(_ doc: Document, _ lang: Language) -> (text: String, lang: String?) {
        if lang == .en, let en = doc.title.en { return (en, nil) }
        return (doc.title.zh, lang == .en ? Language.zh.htmlLang : nil)
    }

    private func programCards(_ programs: [Program], _ lang: Language, place: String = "") -> [[String: Any]] {
        programs.map { p in
            let english = p.en ?? p.zh
            return [
                "primary": lang == .en ? english : p.zh,
                "secondary": lang == .en ? p.zh : english,
                "secondaryLang": lang == .en ? Language.zh.htmlLang : Language.en.htmlLang,
                "pinyin": p.pinyin ?? "", "place": place,
            ]
        }
    }

    private func home(_ lang: Language, _ docs: [Document]) throws(SitegenError) -> [String: Any] {
        var ctx = common(lang, root: "../", pathInLang: "index.html", title: strings.table(lang.code)["home"] ?? "")
        var programs: [[String: Any]] = []
        var seen = Set<String>()
        for doc in docs {
            for p in doc.programs where seen.insert(p.zh).inserted {
                programs += programCards([p], lang, place: placeName(doc, lang))
            }
        }
        ctx["programs"] = programs
        ctx["hasPrograms"] = !programs.isEmpty
        ctx["articles"] = docs.map { doc -> [String: Any] in
            let t = title(doc, lang)
            return ["href": "articles/\(doc.slug)/index.html", "title": t.text, "titleLang": t.lang ?? "",
                    "derived": doc.title.derived, "place": placeName(doc, lang), "date": dateText(doc, lang)]
        }
        return ctx
    }

    private func article(_ doc: Document, _ lang: Language) throws(SitegenError) -> [String: Any] {
        let t = title(doc, lang)
        var ctx = common(lang, root: "../../../", pathInLang: "articles/\(doc.slug)/index.html", title: t.text)
        ctx["title"] = t.text
        ctx["titleLang"] = t.lang ?? ""
        ctx["derived"] = doc.title.derived
        ctx["place"] = placeName(doc, lang)
        ctx["date"] = dateText(doc, lang)
        ctx["outlet"] = doc.outlet.map { lang == .en ? ($0.en ?? $0.zh) : $0.zh } ?? ""
        ctx["byline"] = doc.authors.map { a in
            if lang == .en {
                let name = a.en ?? PinyinText.personalName(a.name, glossary: glossary)
                return EnglishFields.roleEnglish(a.role).map { "\(name) (\($0))" } ?? name
            }
            return [a.role, a.name].compactMap { $0 }.joined(separator: " ")
        }.joined(separator: lang == .en ? ", " : "，")
        ctx["isChinese"] = lang == .zh
        ctx["programs"] = programCards(doc.programs, lang)
        ctx["hasPrograms"] = !doc.programs.isEmpty
        ctx["blocks"] = doc.blocks.map { b -> [String: Any] in
            var rest = b.zh
            if let lead = b.lead, rest.hasPrefix(lead) { rest = String(rest.dropFirst(lead.count)) }
            return ["heading": b.kind == .heading, "text": b.zh, "lead": b.lead ?? "", "rest": rest]
        }
        if lang == .en, let md = doc.summary.en {
            ctx["summaryHTML"] = LanguageSpans.markChinese(inHTML: Markdown.html(md))
            ctx["generated"] = doc.summary.enSource != "editor"
        } else if lang == .zh, let zh = doc.summary.zh {
            ctx["summaryHTML"] = "<p>\(escapeHTML(zh))</p>"
        }
        ctx["sourceFile"] = doc.source.file
        ctx["encoding"] = doc.source.encoding
        return ctx
    }
}

func escapeHTML(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for c in s {
        switch c {
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        default: out.append(c)
        }
    }
    return out
}
