import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Site
import SiteModel
import Templating
import Testing

/// One build of the five seeds per base URL, shared by the tests of this file.
actor BuiltSites {
    static let shared = BuiltSites()
    private var builds: [String: Task<(URL, BuildResult), any Error>] = [:]

    func site(baseURL: String? = nil) async throws -> (URL, BuildResult) {
        let key = baseURL ?? ""
        if let task = builds[key] { return try await task.value }
        let task = Task { () async throws -> (URL, BuildResult) in
            let out = temporaryFolder("sitegen-pages").appendingPathComponent("public")
            let result = try await SiteBuilder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates,
                                                                  output: out.path, baseURL: baseURL, glossary: nil))
            return (out, result)
        }
        builds[key] = task
        return try await task.value
    }
}

let testBaseURL = "https://example.org/sites/programs/"

/// Every file under `root`, as paths relative to it.
func files(under root: URL) -> [String] {
    var out: [String] = []
    let e = FileManager.default.enumerator(atPath: root.path)
    while let p = e?.nextObject() as? String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: root.appendingPathComponent(p).path, isDirectory: &isDir), !isDir.boolValue {
            out.append(p)
        }
    }
    return out.sorted()
}

func matches(_ pattern: String, in text: String) -> [String] {
    guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
    return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
        Range($0.range(at: 1), in: text).map { String(text[$0]) }
    }
}

@Suite("Site pages: layout, links, search, feeds, validity")
struct SitePagesTests {
    @Test func everyPageOfTheURLLayoutExists() async throws {
        let (out, result) = try await BuiltSites.shared.site()
        #expect(result.errors.isEmpty)
        let docs = result.documents
        let site = SiteIndex(documents: docs, glossary: .builtIn)
        var expected = ["index.html", "404.html", "robots.txt", "report/index.html", "search/index.json", "search/index.js",
                        "assets/style.css", "assets/search.js", "assets/site.js", "assets/favicon.svg"]
        for lang in ["zh", "en"] {
            expected += ["index.html", "articles/index.html", "programs/index.html", "regions/index.html",
                         "glossary/index.html", "search/index.html", "feed.xml"].map { "\(lang)/\($0)" }
            expected += docs.map { "\(lang)/articles/\($0.slug)/index.html" }
            expected += site.programs.map { "\(lang)/programs/\($0.slug)/index.html" }
            expected += site.places.map { "\(lang)/regions/\($0.slug)/index.html" }
            expected += site.years.map { "\(lang)/years/\($0.year)/index.html" }
        }
        expected += docs.map { "data/articles/\($0.slug).json" }
        for path in expected {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "missing \(path)")
        }
        #expect(!site.programs.isEmpty)
        #expect(site.places.count >= 3)
        // Without a base URL there is no sitemap (it needs absolute URLs), and robots.txt does not name one.
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("sitemap.xml").path))
        #expect(!read(out.appendingPathComponent("robots.txt")).contains("Sitemap"))
    }

    @Test func slugsAreReadableASCIIAndUnique() async throws {
        let (_, result) = try await BuiltSites.shared.site()
        let site = SiteIndex(documents: result.documents, glossary: .builtIn)
        let ascii = /^[a-z0-9]+(-[a-z0-9]+)*$/
        for slug in site.programs.map(\.slug) + site.places.map(\.slug) {
            #expect(slug.wholeMatch(of: ascii) != nil, "\(slug)")
        }
        #expect(Set(site.programs.map(\.slug)).count == site.programs.count)
        #expect(Set(site.places.map(\.slug)).count == site.places.count)
        #expect(site.programs.first { $0.zh == "思源工程" }?.slug == "siyuan-gongcheng")
        #expect(site.places.first { $0.name == "太仓市" }?.slug == "taicang")
        #expect(site.places.first { $0.name == "海曙区" }?.slug == "haishu")
        // The same input gives the same slugs, whatever the order of the documents.
        let again = SiteIndex(documents: result.documents.reversed(), glossary: .builtIn)
        #expect(again.programs.map(\.slug) == site.programs.map(\.slug))
        #expect(again.places.map(\.slug) == site.places.map(\.slug))
    }

    @Test func slugClashesGetTheParentThenANumber() {
        let slugs = Slugs.unique([(key: "a", base: "jiangbei", fallback: "chongqing"),
                                  (key: "b", base: "jiangbei", fallback: "ningbo"),
                                  (key: "c", base: "jiangbei", fallback: "ningbo"),
                                  (key: "d", base: "", fallback: nil)])
        #expect(slugs == ["jiangbei", "jiangbei-ningbo", "jiangbei-ningbo-2", "item"])
        #expect(Slugs.ascii("Sīyuán Gōngchéng") == "siyuan-gongcheng")
        #expect(Slugs.ascii("R·E·D dǎngkè") == "r-e-d-dangke")
    }

    /// The link checker over the five seeds, without and with a base URL.
    @Test(arguments: [nil, testBaseURL])
    func everyInternalLinkResolves(baseURL: String?) async throws {
        let (out, _) = try await BuiltSites.shared.site(baseURL: baseURL)
        let check = LinkChecker.check(out, baseURL: baseURL)
        #expect(check.pages > 30)
        #expect(check.links > 500)
        #expect(check.broken.isEmpty, "\(check.broken.count) broken links:\n\(check.broken.prefix(30).joined(separator: "\n"))")
    }

    /// Every field of the contract filled, and none: both render, in both languages, with working links.
    @Test func aFullAndAnEmptyDocumentRender() throws {
        let full = Document(
            id: "001_full", slug: "haishu-2018-08-02", source: Source(file: "seeds/001_full.txt", encoding: "GB18030", sha256: "ab"),
            title: Title(zh: "海曙以党建引领", en: "Haishu Leads with Party Building", derived: false), date: "2018-08-02T06:05",
            authors: [Author(name: "严世恩", role: "区委常委", en: "Yan Shi'en"), Author(name: "顾志敏")],
            outlet: Outlet(zh: "浙江共产党员", en: "Zhejiang Communist Party Member", issue: "2018年8期"),
            region: Region(province: "浙江省", city: "宁波市", county: "海曙区", en: "Haishu District, Ningbo, Zhejiang"),
            keywords: ["支部", "党员"],
            blocks: [Block(kind: .heading, zh: "一、强组织", en: "1. Stronger organizations"),
                     Block(kind: .paragraph, zh: "持续建强组织体系。全区推行“锋领指数”。", lead: "持续建强组织体系。"),
                     Block(kind: .paragraph, zh: "累计154类惠企政策。")],
            programs: [Program(zh: "锋领指数", en: "Fengling Index", pinyin: "Fēnglǐng Zhǐshù", sentences: ["全区推行“锋领指数”。"])],
            figures: [Figure(value: 154, unit: "类", subject: "惠企政策", en: "154 categories of enterprise-support policies", sentence: "累计154类惠企政策。"),
                      Figure(value: 4400, upper: 8700, unit: "元", sentence: "每月工资从4400元至8700元不等。"),
                      Figure(value: 2000, unit: "名", qualifier: "多", sentence: "2000多名党员。")],
            summary: Summary(zh: "海曙区推行锋领指数。", en: "Haishu runs the **Fengling Index** (锋领指数).", enSource: "editor"),
            repairs: [Repair(kind: "removed-line", count: 1, examples: [.init(before: "发新话题", after: "")])],
            warnings: [Warning(kind: "missing-number", context: "年6月，我市")])
        let empty = Document(id: "002_empty", slug: "002", source: Source(file: "seeds/002_empty.txt", encoding: "UTF-8", sha256: "cd"),
                             title: Title(zh: "基层党建工作纪实", derived: true))
        let renderer = Renderer(templates: try TemplateSetLoader.load(), strings: try UIStrings(directory: Repo.templates + "/i18n", languages: ["zh", "en"]),
                                glossary: .builtIn, baseURL: nil, assetsDirectory: Repo.templates + "/assets")
        let output = try renderer.render([full, empty])
        let dir = temporaryFolder("sitegen-full-empty")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("public")
        try output.commit(to: out.path)
        let check = LinkChecker.check(out, baseURL: nil)
        #expect(check.broken.isEmpty, "\(check.broken.joined(separator: "\n"))")
        let zh = read(out.appendingPathComponent("zh/articles/haishu-2018-08-02/index.html"))
        let en = read(out.appendingPathComponent("en/articles/haishu-2018-08-02/index.html"))
        #expect(zh.contains("<time datetime=\"2018-08-02T06:05\">2018年8月2日 06:05</time>"))
        #expect(zh.contains("浙江共产党员 2018年8期"))
        #expect(zh.contains("区委常委 严世恩</span>、<span>顾志敏</span>"))
        #expect(en.contains("<span>Yan Shi&#39;en</span> (<span lang=\"zh-Hans\">严世恩</span>), "))
        #expect(en.contains("<span lang=\"zh-Hans\">顾志敏</span>"), "a name without English stays marked Chinese")
        #expect(zh.contains("<td>154类</td><td>惠企政策</td>"))
        #expect(zh.contains("<td>4400–8700元</td>"))
        #expect(zh.contains("<td>2000多名</td>"))
        #expect(en.contains("<td>154 categories of enterprise-support policies</td>"))
        // No English for the subject: the amount still reads in English, the next column says what in Chinese.
        #expect(en.contains("<td>4,400–8,700 yuan</td>"))
        #expect(zh.contains("<p id=\"b2\" data-py=\""))
        #expect(zh.contains("<strong class=\"lead\">"))
        #expect(visibleText(zh).contains("持续建强组织体系。全区推行“锋领指数”。"))
        #expect(en.contains("<a href=\"#b1\">1. Stronger organizations</a>"))
        #expect(en.contains("<strong>Fengling Index</strong> (<span lang=\"zh-Hans\">锋领指数</span>)"))
        #expect(!en.contains("badge\">generated"))
        #expect(zh.contains("关键词: <span>支部、党员</span>") || zh.contains("关键词: 支部、党员") || zh.contains("<span>支部、党员</span>"))
        // The empty document: undated, no place, composed title; its pages exist and say so.
        let emptyZh = read(out.appendingPathComponent("zh/articles/002/index.html"))
        #expect(emptyZh.contains("地点不详"))
        #expect(emptyZh.contains("未注明日期"))
        #expect(emptyZh.contains("原文没有标题"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("en/years/undated/index.html").path))
        let emptyEn = read(out.appendingPathComponent("en/articles/002/index.html"))
        #expect(emptyEn.contains("<h1 lang=\"zh-Hans\">基层党建工作纪实</h1>"))
        #expect(emptyEn.contains("There is no English summary"))
        // Feeds hold the dated article only.
        let feed = read(out.appendingPathComponent("en/feed.xml"))
        #expect(feed.contains("<updated>2018-08-02T06:05:00+08:00</updated>"))
        #expect(feed.components(separatedBy: "<entry>").count == 2)
    }

    @Test func articlePagesHaveTheirParts() async throws {
        let (out, result) = try await BuiltSites.shared.site()
        let doc = try #require(result.documents.first { $0.id.hasPrefix("000") })
        let zh = read(out.appendingPathComponent("zh/articles/\(doc.slug)/index.html"))
        let en = read(out.appendingPathComponent("en/articles/\(doc.slug)/index.html"))
        let site = SiteIndex(documents: result.documents, glossary: .builtIn)
        let siyuan = try #require(site.programs.first { $0.zh == "思源工程" })
        // Article lists name an article's leading programs and count the rest.
        let home = read(out.appendingPathComponent("zh/index.html"))
        let listed = try #require(home.components(separatedBy: "<ul class=\"article-list\">").dropFirst().first)
        let firstItem = try #require(listed.components(separatedBy: "</li>").first)
        #expect(firstItem.components(separatedBy: "programs/").count - 1 <= Renderer.listedProgramsPerArticle)
        if result.documents.contains(where: { $0.programs.count > Renderer.listedProgramsPerArticle }) { #expect(home.contains("另有 ")) }
        // Programs are linked to their pages; the place to its region page.
        #expect(zh.contains("href=\"../../programs/\(siyuan.slug)/index.html\""))
        #expect(zh.contains("href=\"../../regions/taicang/index.html\""))
        // Full text: headings carry ids, and the outline links to them.
        for block in doc.blocks.enumerated() where block.element.kind == .heading {
            #expect(zh.contains("<h3 id=\"b\(block.offset + 1)\" data-py=\""))
            #expect(zh.contains("<a href=\"#b\(block.offset + 1)\""))
        }
        for b in doc.blocks where b.lead != nil {
            #expect(zh.contains("<strong class=\"lead\">") && visibleText(zh).contains(b.lead!))
        }
        // The English page has the original, collapsed and marked as Chinese; canonical and alternates.
        #expect(en.contains("<details class=\"original\" lang=\"zh-Hans\">"))
        #expect(en.contains("<html lang=\"en\">"))
        #expect(zh.contains("<html lang=\"zh-Hans\">"))
        #expect(zh.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../../../en/articles/\(doc.slug)/index.html\">"))
        #expect(zh.contains("hreflang=\"x-default\""))
        #expect(zh.contains("<link rel=\"canonical\" href=\"index.html\">"))
        #expect(!zh.contains(" lang=\"\""), "an empty lang attribute")
        // A program page quotes every sentence and links back into the article.
        let program = read(out.appendingPathComponent("zh/programs/\(siyuan.slug)/index.html"))
        for s in siyuan.mentions.flatMap(\.sentences) { #expect(program.contains(escapeHTML(s))) }
        #expect(program.contains("href=\"../../articles/\(doc.slug)/index.html#b"))
    }

    @Test func englishSummariesMarkChineseAndFitUnderTheSummaryHeading() {
        #expect(Pages.markChineseRuns(html: "<p>the Siyuan Project (思源工程) and “红色领航·百村振兴”</p>")
            == "<p>the Siyuan Project (<span lang=\"zh-Hans\">思源工程</span>) and “<span lang=\"zh-Hans\">红色领航·百村振兴</span>”</p>")
        #expect(Pages.markChineseRuns(html: "<a title=\"党\">x</a>") == "<a title=\"党\">x</a>")
        #expect(Pages.demoteHeadings("<h1>A</h1><h2>B</h2><h4>C</h4><p>h2</p>") == "<h3>A</h3><h3>B</h3><h5>C</h5><p>h2</p>")
    }

    @Test func seedTextIsEscaped() throws {
        var doc = Document(id: "x", slug: "x", source: Source(file: "seeds/x.txt", encoding: "UTF-8", sha256: "0"),
                           title: Title(zh: "<script>alert(1)</script>标题", derived: false), date: "2020-01-02",
                           blocks: [Block(kind: .paragraph, zh: "<img src=x onerror=alert(1)>正文。", lead: nil)],
                           programs: [Program(zh: "“<b>”工程", sentences: ["<i>句子</i>。"])])
        doc.region = Region(province: "江苏省", city: "苏州市", county: "太仓市", en: "Taicang, Suzhou, Jiangsu")
        let dir = temporaryFolder("sitegen-escape")
        defer { try? FileManager.default.removeItem(at: dir) }
        let renderer = Renderer(templates: try TemplateSetLoader.load(), strings: try UIStrings(directory: Repo.templates + "/i18n", languages: ["zh", "en"]),
                                glossary: .builtIn, baseURL: nil, assetsDirectory: Repo.templates + "/assets")
        let output = try renderer.render([doc])
        for (path, data) in output.files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            #expect(!html.contains("<script>alert"), "\(path)")
            #expect(!html.contains("<img src=x"), "\(path)")
            #expect(!html.contains("<i>句子"), "\(path)")
        }
    }

    @Test func searchIndexHasBigramsWordsPinyinAndTheTraditionalFold() async throws {
        let (out, _) = try await BuiltSites.shared.site()
        let data = try Data(contentsOf: out.appendingPathComponent("search/index.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let tokens = try #require(json["tokens"] as? [String: [Int]])
        let entries = try #require(json["entries"] as? [[String: Any]])
        // Chinese as character bigrams.
        for bigram in ["思源", "源工", "工程", "太仓", "党建"] { #expect(tokens[bigram] != nil, "\(bigram)") }
        #expect(tokens["思源工程"] == nil)
        // English as words, pinyin toneless, joined and per word.
        for word in ["taicang", "siyuan", "gongcheng", "siyuangongcheng", "project", "haishu", "ningbo"] {
            #expect(tokens[word] != nil, "\(word)")
        }
        #expect(tokens["the"] == nil)
        // The t2s map folds a traditional query onto the simplified text.
        let t2s = try #require(json["t2s"] as? String)
        var fold: [Unicode.Scalar: Unicode.Scalar] = [:]
        let scalars = Array(t2s.unicodeScalars)
        #expect(scalars.count % 2 == 0)
        for i in stride(from: 0, to: scalars.count - 1, by: 2) { fold[scalars[i]] = scalars[i + 1] }
        #expect(fold["倉"] == "仓")
        #expect(fold["黨"] == "党")
        #expect(SearchIndex.tokens("太倉", fold: fold) == ["太仓"])
        #expect(SearchIndex.tokens("基層黨建", fold: fold) == ["基层", "层党", "党建"])
        #expect(SearchIndex.tokens("Tàicāng O2O", fold: fold) == ["taicang", "o2o"])
        // Postings point at entries: 思源 finds the program and the Taicang article.
        let hits = try #require(tokens["思源"])
        let hitEntries = stride(from: 0, to: hits.count, by: 2).map { entries[hits[$0]] }
        #expect(hitEntries.contains { ($0["type"] as? String) == "program" && (($0["title"] as? [String: String])?["zh"]) == "思源工程" })
        #expect(hitEntries.contains { ($0["type"] as? String) == "article" })
        let taicang = try #require(tokens["taicang"])
        #expect(stride(from: 0, to: taicang.count, by: 2).contains { (entries[taicang[$0]]["type"] as? String) == "place" })
        for e in entries {
            let url = try #require(e["url"] as? String)
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("zh/\(url)").path), "\(url)")
        }
        // The script copy for pages opened from disk holds the same index.
        let script = read(out.appendingPathComponent("search/index.js"))
        #expect(script.hasPrefix("window.SITEGEN_SEARCH_INDEX = {"))
        #expect(script.count == String(decoding: data, as: UTF8.self).count + "window.SITEGEN_SEARCH_INDEX = ".count + 2)
    }

    #if canImport(FoundationXML)
    /// `XMLElement.attribute(forName:)` of swift-corelibs-foundation finds nothing on an element
    /// in a default namespace, so attributes are looked up by name in the list.
    func attribute(_ element: XMLElement, _ name: String) -> String? {
        element.attributes?.first { $0.name == name }?.stringValue
    }

    @Test func feedsAndSitemapAreValidXMLWithAbsoluteURLs() async throws {
        let (out, result) = try await BuiltSites.shared.site(baseURL: testBaseURL)
        let dated = result.documents.filter { $0.date != nil }
        let atom = "http://www.w3.org/2005/Atom"
        let rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/
        for lang in ["zh", "en"] {
            let xml = try XMLDocument(data: Data(contentsOf: out.appendingPathComponent("\(lang)/feed.xml")), options: [])
            let feed = try #require(xml.rootElement())
            #expect(feed.name == "feed")
            #expect(feed.uri == "http://www.w3.org/2005/Atom")
            #expect(feed.elements(forName: "id").first?.stringValue == "\(testBaseURL)\(lang)/feed.xml")
            let updated = try #require(feed.elements(forName: "updated").first?.stringValue)
            #expect(updated.wholeMatch(of: rfc3339) != nil)
            let entries = feed.elements(forName: "entry")
            #expect(entries.count == dated.count)
            for entry in entries {
                func child(_ name: String) -> XMLElement? { entry.elements(forLocalName: name, uri: atom).first }
                #expect(child("id")?.stringValue?.hasPrefix("urn:uuid:") == true)
                let title = child("title")?.stringValue ?? ""
                #expect(!title.isEmpty)
                #expect(child("updated")?.stringValue?.wholeMatch(of: rfc3339) != nil)
                let href = try #require(child("link").flatMap { attribute($0, "href") })
                #expect(href.hasPrefix("\(testBaseURL)\(lang)/articles/"))
                let path = String(href.dropFirst(testBaseURL.count)) + "index.html"
                #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(path)")
            }
            let ids = entries.compactMap { $0.elements(forLocalName: "id", uri: atom).first?.stringValue }
            #expect(Set(ids).count == ids.count)
        }
        let sitemapXML = try XMLDocument(data: Data(contentsOf: out.appendingPathComponent("sitemap.xml")), options: [])
        let urlset = try #require(sitemapXML.rootElement())
        #expect(urlset.name == "urlset")
        #expect(urlset.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let urls = urlset.elements(forName: "url")
        #expect(urls.count > 30)
        var xDefault = 0
        for url in urls {
            let loc = try #require(url.elements(forName: "loc").first?.stringValue)
            #expect(loc.hasPrefix(testBaseURL))
            var path = String(loc.dropFirst(testBaseURL.count))
            if path.isEmpty || path.hasSuffix("/") { path += "index.html" }
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(path).path), "\(loc)")
            let alternates = url.children?.compactMap { $0 as? XMLElement }.filter { $0.localName == "link" } ?? []
            for a in alternates {
                #expect(a.uri == "http://www.w3.org/1999/xhtml")
                #expect(attribute(a, "href")?.hasPrefix(testBaseURL) == true)
            }
            let langs = alternates.compactMap { attribute($0, "hreflang") }
            if langs.contains("x-default") { xDefault += 1; #expect(Set(langs) == ["zh-Hans", "en", "x-default"]) }
        }
        #expect(xDefault == urls.count - 1, "every page but the report has language versions")
        let robots = read(out.appendingPathComponent("robots.txt"))
        #expect(robots.contains("Sitemap: \(testBaseURL)sitemap.xml\n"))
        let home = read(out.appendingPathComponent("zh/index.html"))
        #expect(home.contains("<link rel=\"canonical\" href=\"\(testBaseURL)zh/\">"))
        let notFound = read(out.appendingPathComponent("404.html"))
        #expect(notFound.contains("href=\"/sites/programs/zh/index.html\""))
    }
    #endif

    @Test func reportListsEverySeedWithItsRepairsAndWarnings() async throws {
        let (out, result) = try await BuiltSites.shared.site()
        let report = read(out.appendingPathComponent("report/index.html"))
        for doc in result.documents {
            #expect(report.contains("id=\"seed-\(doc.id)\""))
            #expect(report.contains("<strong>\(doc.source.encoding)</strong>"))
            for r in doc.repairs where r.kind != "removed-line" {
                #expect(report.contains("<code>\(r.kind)</code></td><td class=\"num\">\(r.count)</td>"))
                for ex in r.examples { #expect(report.contains(escapeHTML(ex.before))) }
            }
            for r in doc.repairs where r.kind == "removed-line" {
                for ex in r.examples { #expect(report.contains("<li><code>\(escapeHTML(ex.before))</code></li>")) }
            }
            for w in doc.warnings { #expect(report.contains(escapeHTML(w.context))) }
        }
    }

    @Test func aRemovedLineAndAFailedSeedAppearInTheReport() throws {
        let doc = Document(id: "a", slug: "a", source: Source(file: "seeds/a.txt", encoding: "GB18030", sha256: "ab"),
                           title: Title(zh: "标题", derived: true),
                           repairs: [Repair(kind: "removed-line", count: 2, examples: [.init(before: "发新话题", after: ""), .init(before: "TOP", after: "")]),
                                     Repair(kind: "junk-comma", count: 3, examples: [.init(before: ",,", after: "，")])],
                           warnings: [Warning(kind: "missing-number", context: "年6月，我市")])
        let renderer = Renderer(templates: try TemplateSetLoader.load(), strings: try UIStrings(directory: Repo.templates + "/i18n", languages: ["zh", "en"]),
                                glossary: .builtIn, baseURL: nil, assetsDirectory: Repo.templates + "/assets")
        let output = try renderer.render([doc], errors: [SitegenError(.ingest, path: "seeds/b.txt", "binary file (PNG image), not text")])
        let report = String(decoding: try #require(output.files["report/index.html"]), as: UTF8.self)
        #expect(report.contains("<li><code>发新话题</code></li>"))
        #expect(report.contains("<li><code>TOP</code></li>"))
        #expect(report.contains("<code>junk-comma</code></td><td class=\"num\">3</td>"))
        #expect(report.contains("年6月，我市"))
        #expect(report.contains("id=\"seed-b\""))
        #expect(report.contains("binary file (PNG image), not text"))
        #expect(report.contains("<strong>GB18030</strong>"))
    }

    @Test func everyInterfaceStringUsedExistsInBothLanguages() throws {
        let zh = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repo.templates + "/i18n/zh.json"))) as? [String: String])
        let en = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Repo.templates + "/i18n/en.json"))) as? [String: String])
        #expect(Set(zh.keys) == Set(en.keys))
        var used = Set<String>()
        for file in files(under: URL(fileURLWithPath: Repo.templates)) where file.hasSuffix(".mustache") {
            used.formUnion(matches(#"\{\{[#^/]?(?:t|zh|en)\.([A-Za-z0-9]+)"#, in: read(URL(fileURLWithPath: Repo.templates).appendingPathComponent(file))))
        }
        let sources = Repo.root.appendingPathComponent("Sources/Site")
        for file in files(under: sources) where file.hasSuffix(".swift") {
            let text = read(sources.appendingPathComponent(file))
            used.formUnion(matches(#"(?:str|fill)\("([A-Za-z0-9]+)""#, in: text))
            for noun in matches(#"count\([^,]+, "([A-Za-z0-9]+)""#, in: text) { used.formUnion(["\(noun)One", "\(noun)Many"]) }
        }
        #expect(used.count > 40)
        for key in used.sorted() { #expect(zh[key] != nil && en[key] != nil, "missing interface string \(key)") }
    }

    /// tidy (HTML5 mode) over every page: no errors. Runs where tidy is installed
    /// (`scripts/setup --browser`); the browser suite also checks every page with html5lib.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/tidy")))
    func everyPageIsValidHTML() async throws {
        let (out, _) = try await BuiltSites.shared.site()
        let pages = files(under: out).filter { $0.hasSuffix(".html") }
        var problems: [String] = []
        for page in pages {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/tidy")
            p.arguments = ["-e", "-q", "-utf8", out.appendingPathComponent(page).path]
            let err = Pipe()
            p.standardError = err
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            // Exit status 2 means errors. Warnings count too, except that tidy 5.6 does not know
            // ARIA 1.1's aria-current.
            let lines = text.split(separator: "\n").filter { !$0.contains("proprietary attribute \"aria-current\"") }
            if p.terminationStatus == 2 || !lines.isEmpty { problems.append("\(page):\n\(lines.joined(separator: "\n"))") }
        }
        #expect(problems.isEmpty, "\(problems.prefix(5).joined(separator: "\n"))")
    }
}

/// Every href and src of every HTML page must resolve to a file of the site (and a #fragment to
/// an id of that page); nothing may point to another host, except absolute links under the base URL.
enum LinkChecker {
    static func check(_ out: URL, baseURL: String?) -> (pages: Int, links: Int, broken: [String]) {
        let all = Set(files(under: out))
        let html = all.filter { $0.hasSuffix(".html") }.sorted()
        var ids: [String: Set<String>] = [:]
        func idsOf(_ path: String) -> Set<String> {
            if let known = ids[path] { return known }
            let found = Set(matches(#"\sid="([^"]*)""#, in: read(out.appendingPathComponent(path))))
            ids[path] = found
            return found
        }
        var checked = 0
        var broken: [String] = []
        for page in html {
            let text = read(out.appendingPathComponent(page))
            for raw in matches(#"\s(?:href|src)="([^"]*)""#, in: text) {
                let link = raw.replacingOccurrences(of: "&amp;", with: "&")
                checked += 1
                var target = link
                var pageDir = (page as NSString).deletingLastPathComponent
                if link.contains("://") || link.hasPrefix("//") || link.hasPrefix("mailto:") || link.hasPrefix("data:") {
                    guard let base = baseURL, link.hasPrefix(base) else {
                        broken.append("\(page): \(link) (another host)"); continue
                    }
                    target = String(link.dropFirst(base.count))
                    pageDir = ""
                } else if link.hasPrefix("/") {
                    // Only the 404 page, served at any depth, uses root-relative links.
                    guard page == "404.html" else { broken.append("\(page): \(link) (root-relative)"); continue }
                    let root = SiteURLs(baseURL: baseURL).rootPath
                    guard link.hasPrefix(root) else { broken.append("\(page): \(link)"); continue }
                    target = String(link.dropFirst(root.count))
                    pageDir = ""
                }
                let parts = target.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                var path = String(parts[0])
                if let q = path.firstIndex(of: "?") { path = String(path[..<q]) }
                let fragment = parts.count > 1 ? String(parts[1]) : nil
                var resolved: String
                if path.isEmpty {
                    resolved = page
                } else {
                    let joined = (pageDir as NSString).appendingPathComponent(path.removingPercentEncoding ?? path)
                    resolved = URL(fileURLWithPath: "/" + joined).standardized.path
                    resolved.removeFirst()
                    if resolved.isEmpty { resolved = "index.html" } else if path.hasSuffix("/") { resolved += "/index.html" }
                    var isDir: ObjCBool = false
                    if FileManager.default.fileExists(atPath: out.appendingPathComponent(resolved).path, isDirectory: &isDir), isDir.boolValue {
                        resolved += "/index.html"
                    }
                }
                guard all.contains(resolved) else { broken.append("\(page): \(link) → \(resolved)"); continue }
                if let fragment, !fragment.isEmpty, resolved.hasSuffix(".html"), !idsOf(resolved).contains(fragment) {
                    broken.append("\(page): \(link) (no id \(fragment))")
                }
            }
        }
        return (html.count, checked, broken)
    }
}

enum TemplateSetLoader {
    static func load() throws -> TemplateSet { try TemplateSet(directory: Repo.templates) }
}
