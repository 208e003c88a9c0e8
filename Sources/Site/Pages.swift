import Bilingual
import Foundation
import SiteModel
import Templating

/// The Mustache context of every page. Values are plain text (the templates escape them with
/// `{{ }}`); only `summaryHTML` is HTML, rendered by cmark-gfm in safe mode. A key is left out
/// rather than set to "" because Mustache sections treat an empty string as true.
struct Pages: Sendable {
    let site: SiteIndex
    let strings: UIStrings
    let glossary: Glossary
    /// Glossary terms and ruby pinyin for Chinese text (issue 5's reading aid); shared by the
    /// page workers, its reading cache is locked.
    let readingAid: ReadingAid
    let urls: SiteURLs
    /// An article's blocks are the same on its Chinese and English page: built once, shared.
    let articleBlocks = SharedBlocks(uses: Language.all.count)

    // MARK: the pages of each language

    /// A page that exists in both languages, at the same path inside zh/ and en/.
    enum Job: Sendable {
        case home, articles, year(String), article(Int), programIndex, program(Int), placeIndex, place(Int), glossary, search
    }

    struct PageJob: Sendable {
        var job: Job
        var path: String
        var template: String
        var lastmod: String?
    }

    static func jobs(_ site: SiteIndex) -> [PageJob] {
        var jobs = [PageJob(job: .home, path: "index.html", template: "home"),
                    PageJob(job: .articles, path: "articles/index.html", template: "articles")]
        for (year, docs) in site.years {
            jobs.append(PageJob(job: .year(year), path: yearPath(year), template: "articles",
                                lastmod: docs.compactMap { site.docs[$0].date.map { String($0.prefix(10)) } }.max()))
        }
        for (i, doc) in site.docs.enumerated() {
            jobs.append(PageJob(job: .article(i), path: articlePath(doc), template: "article", lastmod: doc.date.map { String($0.prefix(10)) }))
        }
        jobs.append(PageJob(job: .programIndex, path: "programs/index.html", template: "programs"))
        for (p, program) in site.programs.enumerated() { jobs.append(PageJob(job: .program(p), path: programPath(program), template: "program")) }
        jobs.append(PageJob(job: .placeIndex, path: "regions/index.html", template: "regions"))
        for (r, place) in site.places.enumerated() { jobs.append(PageJob(job: .place(r), path: placePath(place), template: "region")) }
        jobs.append(PageJob(job: .glossary, path: "glossary/index.html", template: "glossary"))
        jobs.append(PageJob(job: .search, path: "search/index.html", template: "search"))
        return jobs
    }

    func context(_ job: PageJob, _ lang: Language) throws(SitegenError) -> Context {
        switch job.job {
        case .home: return try home(lang)
        case .articles: return try articleList(lang, year: nil)
        case .year(let y): return try articleList(lang, year: y)
        case .article(let i): return try article(i, lang)
        case .programIndex: return try programIndex(lang)
        case .program(let p): return try program(p, lang)
        case .placeIndex: return try placeIndex(lang)
        case .place(let r): return try place(r, lang)
        case .glossary: return try glossaryPage(lang)
        case .search: return try search(lang)
        }
    }

    // MARK: paths (inside a language folder)

    static func articlePath(_ d: Document) -> String { "articles/\(d.slug)/index.html" }
    static func programPath(_ p: SiteIndex.ProgramEntry) -> String { "programs/\(p.slug)/index.html" }
    static func placePath(_ r: SiteIndex.PlaceEntry) -> String { "regions/\(r.slug)/index.html" }
    static func yearPath(_ y: String) -> String { "years/\(y)/index.html" }

    /// `../` once per folder between the page and the site root.
    static func root(_ pathInLang: String) -> String {
        String(repeating: "../", count: pathInLang.split(separator: "/").count)
    }

    // MARK: strings

    func str(_ key: String, _ lang: Language) throws(SitegenError) -> String { try strings.string(key, lang.code) }

    func fill(_ key: String, _ lang: Language, _ values: [String: String]) throws(SitegenError) -> String {
        var s = try str(key, lang)
        for (k, v) in values { s = s.replacingOccurrences(of: "{\(k)}", with: v) }
        return s
    }

    /// "1 article", "5 articles", "5 篇文章".
    func count(_ n: Int, _ noun: String, _ lang: Language) throws(SitegenError) -> String {
        try fill(n == 1 ? "\(noun)One" : "\(noun)Many", lang, ["n": String(n)])
    }

    /// 2020-12-25 → 2020年12月25日 / 25 December 2020 (with the time when the source gives one).
    func dateText(_ date: String?, _ lang: Language) throws(SitegenError) -> String {
        guard let d = date, d.count >= 10, let y = Int(d.prefix(4)), let m = Int(d.dropFirst(5).prefix(2)),
              let day = Int(d.dropFirst(8).prefix(2)), (1...12).contains(m) else { return try str("undated", lang) }
        let months = try str("monthNames", lang).split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        var s = try fill("dateFormat", lang, ["y": String(y), "m": String(m), "d": String(day),
                                              "month": months.count == 12 ? months[m - 1] : String(m)])
        if d.count >= 16, d.dropFirst(10).first == "T" { s += " " + d.dropFirst(11).prefix(5) }
        return s
    }

    /// A value for an optional context key: Mustache looks a missing key up in the enclosing
    /// contexts (an article item would take the page's `titleLang`), so items always set every
    /// key they use, `false` when there is nothing.
    static func opt(_ s: String?) -> Any {
        guard let s, !s.isEmpty else { return false }
        return s
    }

    /// Wraps each run of Chinese text in an English HTML fragment in `<span lang="zh-Hans">`
    /// ("the Siyuan Project (思源工程)"), so that it is read and set as Chinese.
    static func markChineseRuns(html: String) -> String {
        LanguageSpans.markChinese(inHTML: html)
    }

    /// Headings of an editor's summary sit under the page's "Summary" (h2): `#` and `##` become h3,
    /// deeper ones one level down.
    static func demoteHeadings(_ html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let r = rest.firstMatch(of: /<(\/?)h([1-6])>/) {
            out += rest[..<r.range.lowerBound]
            let level = min(6, max(3, Int(r.output.2)! + 1))
            out += "<\(r.output.1)h\(level)>"
            rest = rest[r.range.upperBound...]
        }
        return out + rest
    }

    static func hasHan(_ s: String) -> Bool { s.unicodeScalars.contains { $0.properties.isIdeographic } }

    /// Text in the page language when there is one, else the Chinese marked as Chinese.
    func localized(zh: String, en: String?, _ lang: Language) -> (text: String, lang: String?) {
        if lang == .en {
            if let en, !en.isEmpty { return (en, Self.hasHan(en) ? Language.zh.htmlLang : nil) }
            return (zh, Language.zh.htmlLang)
        }
        return (zh, nil)
    }

    // MARK: common

    func common(_ lang: Language, path: String, title: String, section: String) throws(SitegenError) -> Context {
        let root = Self.root(path)
        let langRoot = String(repeating: "../", count: path.split(separator: "/").count - 1)
        let other = lang.other
        let sections: [(String, String, String)] = [
            ("home", "index.html", "home"), ("programs", "programs/index.html", "programs"),
            ("regions", "regions/index.html", "places"), ("articles", "articles/index.html", "allArticles"),
            ("glossary", "glossary/index.html", "glossary"), ("search", "search/index.html", "search"),
        ]
        var nav: [Context] = []
        for (id, target, key) in sections {
            nav.append(["href": langRoot + target, "label": try str(key, lang), "current": id == section])
        }
        var ctx: Context = [
            "lang": lang.code, "htmlLang": lang.htmlLang, "root": root, "langRoot": langRoot, "pageTitle": title,
            "t": strings.table(lang.code), "nav": nav,
            "alternates": [
                ["hreflang": Language.zh.htmlLang, "href": "\(root)zh/\(path)"],
                ["hreflang": Language.en.htmlLang, "href": "\(root)en/\(path)"],
                ["hreflang": "x-default", "href": path == "index.html" ? "\(root)index.html" : "\(root)zh/\(path)"],
            ],
            "switch": ["href": "\(root)\(other.code)/\(path)", "hreflang": other.htmlLang,
                       "label": try str("switchLabel", other)],
            "canonical": urls.absolute("\(lang.code)/\(path)") ?? "index.html",
            "reportHref": root + "report/index.html",
        ]
        ctx["showSearchForm"] = section != "search"
        return ctx
    }

    // MARK: list items

    func placeText(doc i: Int, _ lang: Language) throws(SitegenError) -> (text: String, lang: String?) {
        guard let leaf = site.docPlace[i] else { return (try str("unknownPlace", lang), nil) }
        let path = site.placePath(leaf).map { site.places[$0] }
        if lang == .en {
            if let en = site.docs[i].region?.en, !en.isEmpty { return (en, nil) }
            return (path.reversed().map(\.en).joined(separator: ", "), nil)
        }
        return (path.map(\.name).joined(), nil)
    }

    func articleItem(_ i: Int, _ lang: Language, langRoot: String) throws(SitegenError) -> Context {
        let doc = site.docs[i]
        let t = localized(zh: doc.title.zh, en: doc.title.en, lang)
        var item: Context = ["href": langRoot + Self.articlePath(doc), "title": t.text,
                             "place": try placeText(doc: i, lang).text, "date": try dateText(doc.date, lang)]
        item["titleLang"] = Self.opt(t.lang)
        item["datetime"] = Self.opt(doc.date)
        // The composed-title badge belongs to a composed title, not to an editor's English one.
        item["derived"] = doc.title.derived && (lang == .zh || t.lang != nil)
        // The article's leading programs (most described first); the article page lists them all.
        let all = site.programs(of: doc)
        let programs = all.prefix(Renderer.listedProgramsPerArticle).map { p -> Context in
            let n = localized(zh: site.programs[p].zh, en: site.programs[p].en, lang)
            return ["name": n.text, "href": langRoot + Self.programPath(site.programs[p]), "nameLang": Self.opt(n.lang)]
        }
        item["programs"] = programs
        item["hasPrograms"] = !programs.isEmpty
        item["morePrograms"] = all.count > programs.count ? try count(all.count - programs.count, "morePrograms", lang) : nil
        return item
    }

    func programCard(_ p: Int, _ lang: Language, langRoot: String) throws(SitegenError) -> Context {
        let e = site.programs[p]
        var c: Context = ["href": langRoot + Self.programPath(e), "pinyin": e.pinyin,
                          "count": try count(e.mentions.count, "countArticles", lang)]
        if lang == .en {
            c["primary"] = e.en
            c["secondary"] = e.zh
            c["secondaryLang"] = Language.zh.htmlLang
        } else {
            c["primary"] = e.zh
            c["secondary"] = e.en
            c["secondaryLang"] = Language.en.htmlLang
        }
        let places = site.places(ofProgram: p).map { lang == .en ? site.places[$0].en : site.places[$0].name }
        c["places"] = Self.opt(places.joined(separator: lang == .en ? ", " : "、"))
        return c
    }

    func placeItem(_ r: Int, _ lang: Language, langRoot: String, recursive: Bool = false) throws(SitegenError) -> Context {
        let e = site.places[r]
        var c: Context = ["href": langRoot + Self.placePath(e), "count": try count(e.docs.count, "countArticles", lang)]
        if lang == .en {
            c["name"] = e.en; c["other"] = e.name; c["otherLang"] = Language.zh.htmlLang
        } else {
            c["name"] = e.name; c["other"] = e.en; c["otherLang"] = Language.en.htmlLang
        }
        var children: [Context] = []
        if recursive {
            for child in e.children { if let k = site.placeByKey[child] { children.append(try placeItem(k, lang, langRoot: langRoot, recursive: true)) } }
        }
        // Always present: the recursive partial must not find its parent's children.
        c["children"] = children
        c["hasChildren"] = !children.isEmpty
        return c
    }

    func yearItems(_ lang: Language, langRoot: String, current: String?) throws(SitegenError) -> [Context] {
        try site.years.map { (year, docs) throws(SitegenError) -> Context in
            ["href": langRoot + Self.yearPath(year), "label": year == SiteIndex.undated ? try str("undated", lang) : year,
             "count": String(docs.count), "current": year == current]
        }
    }

    /// Places that are the most specific place of some article.
    func leafPlaces() -> [Int] {
        let leaves = Set(site.docPlace.values)
        return site.places.indices.filter { leaves.contains($0) }
    }

    // MARK: pages

    func landing() -> Context {
        ["zh": strings.table("zh"), "en": strings.table("en"), "count": site.docs.count,
         "programCount": site.programs.count, "canonical": urls.absolute("index.html") ?? "index.html"]
    }

    func notFound() -> Context {
        ["zh": strings.table("zh"), "en": strings.table("en"), "base": urls.rootPath]
    }

    func home(_ lang: Language) throws(SitegenError) -> Context {
        var ctx = try common(lang, path: "index.html", title: try str("home", lang), section: "home")
        let langRoot = ctx["langRoot"] as! String
        // Programs in most articles first, then the most described, so that the cards show what the
        // articles are about rather than the alphabet's first names.
        func described(_ p: Int) -> Int { site.programs[p].mentions.reduce(0) { $0 + $1.sentences.count } }
        let order = site.programs.indices.sorted {
            (site.programs[$0].mentions.count, described($0), $1) > (site.programs[$1].mentions.count, described($1), $0)
        }
        let cards = try order.prefix(Renderer.homeProgramCount).map { p throws(SitegenError) in try programCard(p, lang, langRoot: langRoot) }
        ctx["programs"] = cards
        ctx["hasPrograms"] = !cards.isEmpty
        ctx["articles"] = try site.docs.indices.prefix(Renderer.latestCount).map { i throws(SitegenError) in try articleItem(i, lang, langRoot: langRoot) }
        let places = try leafPlaces().map { r throws(SitegenError) in try placeItem(r, lang, langRoot: langRoot) }
        ctx["places"] = places
        ctx["hasPlaces"] = !places.isEmpty
        let years = try yearItems(lang, langRoot: langRoot, current: nil)
        ctx["years"] = years
        ctx["hasYears"] = !years.isEmpty
        ctx["stats"] = [try count(site.docs.count, "countArticles", lang), try count(site.programs.count, "countPrograms", lang),
                        try count(site.places.count, "countPlaces", lang)].joined(separator: " · ")
        return ctx
    }

    func articleList(_ lang: Language, year: String?) throws(SitegenError) -> Context {
        let path = year.map(Self.yearPath) ?? "articles/index.html"
        let title: String
        if let year {
            title = year == SiteIndex.undated ? try str("undatedArticles", lang) : try fill("yearTitle", lang, ["year": year])
        } else {
            title = try str("allArticles", lang)
        }
        var ctx = try common(lang, path: path, title: title, section: "articles")
        let langRoot = ctx["langRoot"] as! String
        ctx["title"] = title
        let docs = year.flatMap { y in site.years.first { $0.year == y }?.docs } ?? Array(site.docs.indices)
        ctx["articles"] = try docs.map { i throws(SitegenError) in try articleItem(i, lang, langRoot: langRoot) }
        ctx["count"] = try count(docs.count, "countArticles", lang)
        ctx["years"] = try yearItems(lang, langRoot: langRoot, current: year)
        let places = try leafPlaces().map { r throws(SitegenError) in try placeItem(r, lang, langRoot: langRoot) }
        ctx["places"] = places
        ctx["hasPlaces"] = !places.isEmpty
        if year != nil { ctx["allHref"] = langRoot + "articles/index.html" }
        return ctx
    }

    static func formatNumber(_ v: Double, grouping: Bool) -> String {
        if v == v.rounded(), abs(v) < 1e15 {
            let n = Int(v)
            guard grouping, abs(n) >= 10000 else { return String(n) }
            var digits = Array(String(abs(n)))
            var out: [Character] = []
            while digits.count > 3 { out = [","] + digits.suffix(3) + out; digits.removeLast(3) }
            return (n < 0 ? "-" : "") + String(digits + out)
        }
        var s = String(format: "%.4f", v)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

    static let prefixQualifiers: Set<String> = ["近", "超过", "超", "约", "逾", "达", "共", "累计"]

    /// 2000多名, 近万, 4400–8700元: the figure as the Chinese text gives it.
    static func figureText(_ f: Figure) -> String {
        if let text = f.text, !text.isEmpty { return text }
        var number = formatNumber(f.value, grouping: false)
        if let u = f.upper { number += "–" + formatNumber(u, grouping: false) }
        guard let q = f.qualifier, !q.isEmpty else { return number + f.unit }
        return prefixQualifiers.contains(q) ? q + number + f.unit : number + q + f.unit
    }

    func article(_ i: Int, _ lang: Language) throws(SitegenError) -> Context {
        let doc = site.docs[i]
        let t = localized(zh: doc.title.zh, en: doc.title.en, lang)
        var ctx = try common(lang, path: Self.articlePath(doc), title: t.text, section: "articles")
        let langRoot = ctx["langRoot"] as! String
        ctx["title"] = t.text
        ctx["titleLang"] = t.lang
        ctx["derived"] = doc.title.derived && (lang == .zh || t.lang != nil)
        let place = try placeText(doc: i, lang)
        ctx["place"] = place.text
        if let leaf = site.docPlace[i] { ctx["placeHref"] = langRoot + Self.placePath(site.places[leaf]) }
        ctx["date"] = try dateText(doc.date, lang)
        ctx["datetime"] = doc.date
        ctx["yearHref"] = langRoot + Self.yearPath(SiteIndex.year(of: doc))
        if let o = doc.outlet {
            let text = localized(zh: o.zh + (o.issue.map { " \($0)" } ?? ""), en: o.en, lang)
            ctx["outlet"] = text.text
            ctx["outletLang"] = text.lang
        }
        let byline = doc.authors.map { a -> Context in
            var c: Context = ["sep": false]
            if lang == .en {
                let name = (a.en ?? a.name) + (EnglishFields.roleEnglish(a.role).map { " (\($0))" } ?? "")
                c["name"] = name
                c["nameLang"] = (a.en == nil || Self.hasHan(name)) ? Language.zh.htmlLang : false
                c["original"] = a.en == nil ? false : a.name
            } else {
                c["name"] = [a.role, a.name].compactMap { $0 }.joined(separator: " ")
                c["nameLang"] = false
                c["original"] = false
            }
            return c
        }
        var items = byline
        for k in items.indices.dropLast() { items[k]["sep"] = lang == .en ? ", " : "、" }
        ctx["authors"] = items
        ctx["hasAuthors"] = !items.isEmpty
        if !doc.keywords.isEmpty {
            ctx["keywords"] = doc.keywords.joined(separator: "、")
            if lang == .en { ctx["keywordsLang"] = Language.zh.htmlLang }
        }
        if lang == .en {
            if let md = doc.summary.en, !md.isEmpty {
                ctx["summaryHTML"] = Self.demoteHeadings(Self.markChineseRuns(html: Markdown.html(md)))
                if doc.summary.enSource != "editor" { ctx["generated"] = true }
            } else {
                ctx["noSummary"] = try str("noSummary", lang)
            }
        } else if let zh = doc.summary.zh, !zh.isEmpty {
            ctx["summaryHTML"] = "<p>\(escapeHTML(zh))</p>"
        }
        let figures = doc.figures.map { f -> Context in
            let zhLang: Any = lang == .en ? Language.zh.htmlLang : false
            // Where the subject has no English, the amount still reads in English; the next column
            // gives what it counts in Chinese.
            let english = lang == .en ? f.en.flatMap { $0.isEmpty ? nil : $0 } ?? FigureEnglish.amount(f) : nil
            return ["figure": english ?? Self.figureText(f), "figureLang": english == nil ? zhLang : false,
                    "subject": Self.opt(f.subject), "subjectLang": zhLang, "sentence": f.sentence, "sentenceLang": zhLang]
        }
        ctx["figures"] = figures
        ctx["hasFigures"] = !figures.isEmpty
        let programs = try site.programs(of: doc).map { p throws(SitegenError) in try programCard(p, lang, langRoot: langRoot) }
        ctx["programs"] = programs
        ctx["hasPrograms"] = !programs.isEmpty
        var outline: [Context] = []
        for (n, b) in doc.blocks.enumerated() where b.kind == .heading {
            let h = localized(zh: b.zh, en: b.en, lang)
            outline.append(["id": "b\(n + 1)", "text": h.text, "textLang": Self.opt(h.lang)])
        }
        ctx["outline"] = outline
        ctx["hasOutline"] = !outline.isEmpty
        ctx["blocks"] = articleBlocks.take(i) { blockContexts(doc) }
        ctx["isChinese"] = lang == .zh
        ctx["sourceFile"] = doc.source.file
        ctx["encoding"] = doc.source.encoding
        ctx["reportSeedHref"] = (ctx["root"] as! String) + "report/index.html#seed-\(doc.id)"
        ctx["dataHref"] = (ctx["root"] as! String) + "data/articles/\(doc.slug).json"
        return ctx
    }

    /// The text of an article with the reading aid: glossary terms marked, and each block's
    /// pinyin in `py` for the pinyin toggle. The same for both languages.
    func blockContexts(_ doc: Document) -> [Context] {
        doc.blocks.enumerated().map { n, b -> Context in
            let id = "b\(n + 1)"
            if b.kind == .heading {
                return ["id": id, "heading": true, "text": b.zh, "html": readingAid.html(b.zh), "py": readingAid.syllables(b.zh),
                        "lead": false, "rest": false]
            }
            var rest = b.zh
            var lead: Any = false
            if let l = b.lead, !l.isEmpty, rest.hasPrefix(l) {
                rest = String(rest.dropFirst(l.count))
                lead = l
            }
            return ["id": id, "heading": false, "text": b.zh, "lead": lead, "rest": rest,
                    "leadHTML": (lead as? String).map { readingAid.html($0) } ?? false, "restHTML": readingAid.html(rest),
                    "py": readingAid.syllables(b.zh)]
        }
    }

    func programIndex(_ lang: Language) throws(SitegenError) -> Context {
        var ctx = try common(lang, path: "programs/index.html", title: try str("programs", lang), section: "programs")
        let langRoot = ctx["langRoot"] as! String
        ctx["programs"] = try site.programs.indices.map { p throws(SitegenError) in try programCard(p, lang, langRoot: langRoot) }
        ctx["count"] = try count(site.programs.count, "countPrograms", lang)
        return ctx
    }

    /// The block of an article that holds a sentence ("b12"), for links into the article.
    static func blockID(of sentence: String, in doc: Document) -> String? {
        let s = sentence.trimmingCharacters(in: .whitespaces)
        return doc.blocks.firstIndex { $0.zh.containsExactly(s) }.map { "b\($0 + 1)" }
    }

    func program(_ p: Int, _ lang: Language) throws(SitegenError) -> Context {
        let e = site.programs[p]
        let name = localized(zh: e.zh, en: e.en, lang)
        var ctx = try common(lang, path: Self.programPath(e), title: name.text, section: "programs")
        let langRoot = ctx["langRoot"] as! String
        ctx.merge(try programCard(p, lang, langRoot: langRoot)) { a, _ in a }
        ctx["title"] = name.text
        ctx["titleLang"] = name.lang
        ctx["placeLinks"] = try site.places(ofProgram: p).map { r throws(SitegenError) in try placeItem(r, lang, langRoot: langRoot) }
        ctx["mentions"] = try e.mentions.map { m throws(SitegenError) -> Context in
            var c = try articleItem(m.doc, lang, langRoot: langRoot)
            let doc = site.docs[m.doc]
            let articleHref = langRoot + Self.articlePath(doc)
            c["sentences"] = m.sentences.map { s -> Context in
                ["text": s, "href": articleHref + (Self.blockID(of: s, in: doc).map { "#\($0)" } ?? "")]
            }
            c["hasSentences"] = !m.sentences.isEmpty
            return c
        }
        if lang == .en { ctx["sentencesLang"] = Language.zh.htmlLang }
        return ctx
    }

    func placeIndex(_ lang: Language) throws(SitegenError) -> Context {
        var ctx = try common(lang, path: "regions/index.html", title: try str("places", lang), section: "regions")
        let langRoot = ctx["langRoot"] as! String
        ctx["children"] = try site.places.indices.filter { site.places[$0].parent == nil }
            .map { r throws(SitegenError) in try placeItem(r, lang, langRoot: langRoot, recursive: true) }
        ctx["count"] = try count(site.places.count, "countPlaces", lang)
        return ctx
    }

    func place(_ r: Int, _ lang: Language) throws(SitegenError) -> Context {
        let e = site.places[r]
        var ctx = try common(lang, path: Self.placePath(e), title: lang == .en ? e.en : e.name, section: "regions")
        let langRoot = ctx["langRoot"] as! String
        ctx.merge(try placeItem(r, lang, langRoot: langRoot)) { a, _ in a }
        ctx["title"] = lang == .en ? e.en : e.name
        ctx["pinyin"] = lang == .zh ? e.pinyin : false
        let levelKey = ["province": "levelProvince", "city": "levelCity", "county": "levelCounty"][e.level] ?? "levelCounty"
        ctx["level"] = try str(levelKey, lang)
        let path = site.placePath(r)
        let crumbs = try path.dropLast().map { k throws(SitegenError) in try placeItem(k, lang, langRoot: langRoot) }
        ctx["breadcrumbs"] = crumbs
        ctx["hasBreadcrumbs"] = !crumbs.isEmpty
        let children = try e.children.compactMap { site.placeByKey[$0] }.map { k throws(SitegenError) in try placeItem(k, lang, langRoot: langRoot) }
        ctx["children"] = children
        ctx["hasChildren"] = !children.isEmpty
        let programs = try site.programs(inPlace: r).map { p throws(SitegenError) in try programCard(p, lang, langRoot: langRoot) }
        ctx["programs"] = programs
        ctx["hasPrograms"] = !programs.isEmpty
        ctx["articles"] = try e.docs.map { i throws(SitegenError) in try articleItem(i, lang, langRoot: langRoot) }
        return ctx
    }

    func glossaryPage(_ lang: Language) throws(SitegenError) -> Context {
        var ctx = try common(lang, path: "glossary/index.html", title: try str("glossary", lang), section: "glossary")
        let terms = glossary.sorted.map { t -> (key: String, term: Glossary.Term, pinyin: String) in
            let pinyin = t.pinyin.isEmpty ? PinyinText.syllables(t.zh, glossary: glossary) : t.pinyin
            return (PinyinText.toneless(pinyin).lowercased(), t, pinyin)
        }.sorted { ($0.key, $0.term.zh) < ($1.key, $1.term.zh) }
        let ids = Slugs.unique(terms.map { (key: $0.term.zh, base: "t-" + Slugs.ascii($0.pinyin), fallback: nil) })
        ctx["terms"] = zip(terms, ids).map { item, id -> Context in
            let note = item.term.note
            return ["id": id, "zh": item.term.zh, "pinyin": Self.opt(item.pinyin), "en": item.term.en,
                    "enLang": Self.hasHan(item.term.en) ? Language.zh.htmlLang : (lang == .zh ? Language.en.htmlLang : false),
                    "note": Self.opt(note),
                    "noteLang": note.isEmpty ? false : (Self.hasHan(note) ? Language.zh.htmlLang : Language.en.htmlLang)]
        }
        ctx["count"] = try count(terms.count, "countTerms", lang)
        return ctx
    }

    func search(_ lang: Language) throws(SitegenError) -> Context {
        var ctx = try common(lang, path: "search/index.html", title: try str("search", lang), section: "search")
        let root = ctx["root"] as! String
        ctx["indexHref"] = root + "search/index.json"
        ctx["indexScript"] = root + "search/index.js"
        return ctx
    }

    // MARK: report

    func report(errors: [SitegenError]) throws(SitegenError) -> Context {
        var seeds: [(file: String, ctx: Context)] = []
        for doc in site.docs {
            var c: Context = ["id": doc.id, "file": doc.source.file, "encoding": doc.source.encoding,
                              "sha": String(doc.source.sha256.prefix(16)), "title": doc.title.zh,
                              "zhHref": "../zh/" + Self.articlePath(doc), "enHref": "../en/" + Self.articlePath(doc),
                              "failed": false, "hasErrors": false, "errors": [Context](), "derived": doc.title.derived]
            let repairs = doc.repairs.filter { $0.kind != "removed-line" }
            c["repairs"] = repairs.map { r -> Context in
                ["kind": r.kind, "count": String(r.count),
                 "examples": r.examples.map { ["before": $0.before, "after": $0.after] }]
            }
            c["hasRepairs"] = !repairs.isEmpty
            let removed = doc.repairs.filter { $0.kind == "removed-line" }
            let lines = removed.flatMap(\.examples).map(\.before)
            c["removed"] = lines
            c["removedCount"] = String(removed.reduce(0) { $0 + $1.count })
            c["hasRemoved"] = !lines.isEmpty
            c["warnings"] = doc.warnings.map { w -> Context in
                ["kind": w.kind, "context": w.context, "contextLang": Self.hasHan(w.context) ? Language.zh.htmlLang : Language.en.htmlLang]
            }
            c["hasWarnings"] = !doc.warnings.isEmpty
            c["repairTotal"] = String(repairs.reduce(0) { $0 + $1.count })
            c["warningCount"] = String(doc.warnings.count)
            seeds.append((doc.source.file, c))
        }
        for e in errors {
            let seed = e.path.hasSuffix(".en.md") ? String(e.path.dropLast(6)) + ".txt" : e.path
            if let k = seeds.firstIndex(where: { $0.file == seed }) {
                var list = seeds[k].ctx["errors"] as? [Context] ?? []
                list.append(["step": e.step.rawValue, "reason": e.reason, "path": e.path])
                seeds[k].ctx["errors"] = list
                seeds[k].ctx["hasErrors"] = true
            } else {
                let id = ((seed as NSString).lastPathComponent as NSString).deletingPathExtension
                seeds.append((seed, ["id": id, "file": seed, "failed": true, "hasErrors": true, "repairTotal": "–", "derived": false,
                                     "hasRepairs": false, "hasRemoved": false, "hasWarnings": false, "encoding": false,
                                     "removedCount": "–", "warningCount": "–", "repairs": [Context](), "removed": [String](),
                                     "warnings": [Context](),
                                     "errors": [["step": e.step.rawValue, "reason": e.reason, "path": e.path]]]))
            }
        }
        seeds.sort { $0.file < $1.file }
        return ["zh": strings.table("zh"), "en": strings.table("en"), "seeds": seeds.map(\.ctx),
                "canonical": urls.absolute("report/index.html") ?? "index.html",
                "seedCount": String(seeds.count)]
    }

    // MARK: feeds

    func feed(_ lang: Language) throws(SitegenError) -> String {
        let title = try str("siteTitle", lang)
        var entries: [AtomEntry] = []
        for (i, doc) in site.docs.enumerated() {
            guard let updated = rfc3339(doc.date) else { continue }
            let t = localized(zh: doc.title.zh, en: doc.title.en, lang)
            let path = "\(lang.code)/\(Self.articlePath(doc))"
            var summary: String?
            var type = "text"
            if lang == .en, let md = doc.summary.en, !md.isEmpty {
                summary = Self.markChineseRuns(html: Markdown.html(md)); type = "html"
            } else if lang == .zh, let zh = doc.summary.zh, !zh.isEmpty {
                summary = zh
            }
            let authors = doc.authors.map { lang == .en ? ($0.en ?? $0.name) : $0.name }
            let programs = site.programs(of: doc).map { lang == .en ? site.programs[$0].en : site.programs[$0].zh }
            entries.append(AtomEntry(
                id: nameUUID("sitegen:article:\(lang.code):\(doc.id)"), title: t.text, titleLang: t.lang,
                link: urls.absolute(path) ?? Self.articlePath(doc), updated: updated,
                authors: authors, summary: summary, summaryType: type, categories: programs))
            _ = i
        }
        let updated = entries.map(\.updated).max() ?? "1970-01-01T00:00:00Z"
        return atomFeed(
            lang: lang.htmlLang, title: title, subtitle: try str("tagline", lang),
            id: urls.absolute("\(lang.code)/feed.xml") ?? nameUUID("sitegen:feed:\(lang.code):\(title)"),
            selfLink: urls.absolute("\(lang.code)/feed.xml") ?? "feed.xml",
            homeLink: urls.absolute("\(lang.code)/index.html") ?? "index.html",
            updated: updated, author: title, entries: entries)
    }

    // MARK: search

    static func plainText(markdown: String) -> String {
        var parts: [String] = []
        for line in markdown.split(separator: "\n") {
            let l = line.trimmingCharacters(in: .whitespaces)
            if l.isEmpty || l.hasPrefix("|") || l.hasPrefix("#") || l.hasPrefix("---") { continue }
            parts.append(l)
        }
        var s = parts.joined(separator: " ")
        s = s.replacingOccurrences(of: #"\[([^\]]*)\]\([^)]*\)"#, with: "$1", options: .regularExpression)
        s = s.replacingOccurrences(of: #"[*_`>]"#, with: "", options: .regularExpression)
        return s
    }

    static func snippet(_ s: String, _ n: Int) -> String {
        s.count <= n ? s : String(s.prefix(n)) + "…"
    }

    func searchIndex() throws(SitegenError) -> SearchIndex {
        var index = SearchIndex(fold: try CharacterFold.traditionalToSimplified())
        for (i, doc) in site.docs.enumerated() {
            var meta: [String: String] = [:]
            for lang in Language.all {
                meta[lang.code] = [try placeText(doc: i, lang).text, try dateText(doc.date, lang)].joined(separator: " · ")
            }
            var title = ["zh": doc.title.zh]
            title["en"] = doc.title.en
            var text: [String: String] = [:]
            let zhText = doc.summary.zh ?? doc.blocks.first { $0.kind == .paragraph }?.zh
            text["zh"] = zhText.map { Self.snippet($0, 90) }
            let enPlain = doc.summary.en.map(Self.plainText(markdown:))
            text["en"] = enPlain.map { Self.snippet($0, 180) }
            let e = index.add(.init(type: "article", url: Self.articlePath(doc), title: title, meta: meta, text: text))
            index.index(doc.title.zh, entry: e, weight: 10)
            index.index(doc.title.en, entry: e, weight: 10)
            for p in site.programs(of: doc) {
                index.index(site.programs[p].zh, entry: e, weight: 5)
                index.index(site.programs[p].en, entry: e, weight: 5)
                index.indexName(site.programs[p].pinyin, entry: e, weight: 5)
            }
            if let leaf = site.docPlace[i] {
                for r in site.placePath(leaf) {
                    index.index(site.places[r].name, entry: e, weight: 5)
                    index.index(site.places[r].en, entry: e, weight: 5)
                    index.indexName(site.places[r].pinyin, entry: e, weight: 5)
                }
            }
            for a in doc.authors {
                index.index(a.name, entry: e, weight: 5)
                index.indexName(a.en ?? PinyinText.personalName(a.name, glossary: glossary), entry: e, weight: 5)
            }
            index.index(doc.outlet?.zh, entry: e, weight: 3)
            index.index(doc.outlet?.en, entry: e, weight: 3)
            for k in doc.keywords { index.index(k, entry: e, weight: 3) }
            index.indexBody(doc.summary.zh, entry: e)
            index.indexBody(enPlain, entry: e)
            for b in doc.blocks {
                if b.kind == .heading { index.index(b.zh, entry: e, weight: 2) } else { index.indexBody(b.zh, entry: e) }
                index.index(b.en, entry: e, weight: 2)
            }
            for f in doc.figures { index.index(f.en, entry: e, weight: 1) }
        }
        for (p, program) in site.programs.enumerated() {
            var meta: [String: String] = [:]
            for lang in Language.all {
                let places = site.places(ofProgram: p).map { lang == .en ? site.places[$0].en : site.places[$0].name }
                meta[lang.code] = (places + [try count(program.mentions.count, "countArticles", lang)])
                    .joined(separator: " · ")
            }
            let sentences = program.mentions.flatMap(\.sentences)
            let e = index.add(.init(type: "program", url: Self.programPath(program), title: ["zh": program.zh, "en": program.en],
                                    meta: meta, text: sentences.first.map { ["zh": Self.snippet($0, 90)] } ?? [:]))
            // A program's or a place's own name outweighs any article that mentions it.
            index.index(program.zh, entry: e, weight: 40)
            index.index(program.en, entry: e, weight: 40)
            index.indexName(program.pinyin, entry: e, weight: 40)
            for s in sentences { index.indexBody(s, entry: e) }
            for r in site.places(ofProgram: p) {
                index.index(site.places[r].name, entry: e, weight: 2)
                index.indexName(site.places[r].pinyin, entry: e, weight: 2)
            }
        }
        for place in site.places {
            var meta: [String: String] = [:]
            for lang in Language.all { meta[lang.code] = try count(place.docs.count, "countArticles", lang) }
            let e = index.add(.init(type: "place", url: Self.placePath(place), title: ["zh": place.name, "en": place.en],
                                    meta: meta, text: [:]))
            index.index(place.name, entry: e, weight: 40)
            index.index(place.short, entry: e, weight: 10)
            index.index(place.en, entry: e, weight: 40)
            index.indexName(place.pinyin, entry: e, weight: 40)
        }
        return index
    }
}

/// Values computed once and used by a fixed number of page jobs (the languages of an article);
/// the entry is dropped after its last use, so memory stays bounded by the pages in flight.
final class SharedBlocks: @unchecked Sendable {
    private let uses: Int
    private var entries: [Int: (value: [Context], left: Int)] = [:]
    private let lock = NSLock()

    init(uses: Int) { self.uses = uses }

    func take(_ key: Int, _ make: () -> [Context]) -> [Context] {
        lock.lock()
        if let e = entries[key] {
            if e.left <= 1 { entries[key] = nil } else { entries[key] = (e.value, e.left - 1) }
            lock.unlock()
            return e.value
        }
        lock.unlock()
        // Built outside the lock. If another job built it meanwhile, this use counts against its entry.
        let value = make()
        lock.lock()
        if let e = entries[key] {
            if e.left <= 1 { entries[key] = nil } else { entries[key] = (e.value, e.left - 1) }
        } else if uses > 1 {
            entries[key] = (value, uses - 1)
        }
        lock.unlock()
        return value
    }
}
