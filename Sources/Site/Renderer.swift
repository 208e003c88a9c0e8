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

typealias Context = [String: Any]

/// Documents → every file of public/ (URL layout in DESIGN.md and the README). Links inside
/// pages are relative (to `…/index.html` files), so the site works from any path and from disk.
/// Absolute URLs (canonical links, feeds, sitemap) need the base URL; see `SiteURLs`.
struct Renderer: Sendable {
    var templates: TemplateSet
    var strings: UIStrings
    var glossary: Glossary
    var baseURL: String?
    var assetsDirectory: String

    /// Number of articles on a home page under "latest articles".
    static let latestCount = 10
    /// Programs named under an article in article lists; the rest are counted ("and 12 more").
    static let listedProgramsPerArticle = 6
    /// Number of program cards on a home page (the most-mentioned programs); all are on programs/.
    static let homeProgramCount = 12

    func render(_ documents: [Document], errors: [SitegenError] = []) throws(SitegenError) -> SiteOutput {
        var out = SiteOutput()
        let site = SiteIndex(documents: documents, glossary: glossary)
        let urls = SiteURLs(baseURL: baseURL)
        var sitemapPages: [SitemapPage] = []
        let pages = Pages(site: site, strings: strings, glossary: glossary, readingAid: ReadingAid(glossary: glossary), urls: urls)

        out.add("index.html", try page("landing", pages.landing()))
        if let home = urls.absolute("index.html"), let zh = urls.absolute("zh/index.html"), let en = urls.absolute("en/index.html") {
            sitemapPages.append(SitemapPage(loc: home, lastmod: nil, alternates: [("zh-Hans", zh), ("en", en), ("x-default", home)]))
        }
        out.add("404.html", try page("404", pages.notFound()))

        // The pages of both languages, rendered in parallel (one worker per core).
        let jobs = Pages.jobs(site)
        let rendered = try parallelMap(jobs.count * Language.all.count) { n throws(SitegenError) -> String in
            let job = jobs[n / Language.all.count], lang = Language.all[n % Language.all.count]
            return try page(job.template, try pages.context(job, lang))
        }
        for (n, html) in rendered.enumerated() {
            out.add("\(Language.all[n % Language.all.count].code)/\(jobs[n / Language.all.count].path)", html)
        }
        for job in jobs {
            guard let zh = urls.absolute("zh/\(job.path)"), let en = urls.absolute("en/\(job.path)") else { break }
            let xDefault = job.path == "index.html" ? urls.absolute("index.html")! : zh
            for loc in [zh, en] {
                sitemapPages.append(SitemapPage(loc: loc, lastmod: job.lastmod, alternates: [("zh-Hans", zh), ("en", en), ("x-default", xDefault)]))
            }
        }

        out.add("report/index.html", try page("report", try pages.report(errors: errors)))
        if let report = urls.absolute("report/index.html") {
            sitemapPages.append(SitemapPage(loc: report, lastmod: nil, alternates: []))
        }

        for lang in Language.all { out.add("\(lang.code)/feed.xml", try pages.feed(lang)) }
        if !sitemapPages.isEmpty {
            out.add("sitemap.xml", sitemap(sitemapPages))
        }
        out.add("robots.txt", "User-agent: *\nAllow: /\n" + (urls.absolute("sitemap.xml").map { "Sitemap: \($0)\n" } ?? ""))

        let index = try pages.searchIndex()
        do {
            let json = try index.json()
            out.add("search/index.json", json)
            // The same index as a script, for pages opened from disk (file:), where browsers
            // refuse to fetch files; search.js uses it only there.
            var script = Data("window.SITEGEN_SEARCH_INDEX = ".utf8)
            script.append(json)
            script.append(Data(";\n".utf8))
            out.add("search/index.js", script)
        } catch {
            throw SitegenError(.render, path: "search/index.json", "cannot encode JSON: \(error)")
        }

        for doc in documents {
            do { out.add("data/articles/\(doc.slug).json", try doc.jsonData(pretty: true)) } catch {
                throw SitegenError(.render, path: doc.source.file, "cannot encode JSON: \(error)")
            }
        }
        try addAssets(&out)
        return out
    }

    private func page(_ name: String, _ context: Context) throws(SitegenError) -> String {
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
}

/// Results of `parallelMap`, written under the lock.
final class ParallelResults<T>: @unchecked Sendable {
    let lock = NSLock()
    var values: [T?]
    var error: SitegenError?
    init(_ n: Int) { values = Array(repeating: nil, count: n) }
}

/// `body(0..<count)` on one worker per core; results in order. The first error wins.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) throws(SitegenError) -> T) throws(SitegenError) -> [T] {
    let results = ParallelResults<T>(count)
    let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, count))
    DispatchQueue.concurrentPerform(iterations: workers) { w in
        for i in stride(from: w, to: count, by: workers) {
            do throws(SitegenError) {
                let v = try body(i)
                results.lock.lock(); results.values[i] = v; results.lock.unlock()
            } catch {
                results.lock.lock(); if results.error == nil { results.error = error }; results.lock.unlock()
                return
            }
        }
    }
    if let e = results.error { throw e }
    return results.values.map { $0! }
}
