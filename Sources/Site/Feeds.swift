import Crypto
import Foundation
import SiteModel

/// The site's address for absolute URLs (`--base-url`, `baseURL` in sitegen.json).
/// Without one, feeds use relative links (Atom allows them), canonical links are relative,
/// and `sitemap.xml` and the robots.txt `Sitemap:` line are left out: the sitemap protocol
/// accepts absolute URLs only.
struct SiteURLs: Sendable {
    /// Always ends in "/" when set.
    let base: String?

    init(baseURL: String?) {
        guard var b = baseURL?.trimmingCharacters(in: .whitespaces), !b.isEmpty else { base = nil; return }
        if !b.hasSuffix("/") { b += "/" }
        base = b
    }

    /// The absolute URL of a path from the site root, with `index.html` dropped
    /// (`zh/articles/x/index.html` → `https://…/zh/articles/x/`).
    func absolute(_ pathFromRoot: String) -> String? {
        base.map { $0 + Self.pretty(pathFromRoot) }
    }

    static func pretty(_ path: String) -> String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// Path part of the base URL ("/" without one): where root-relative links of 404.html start.
    var rootPath: String {
        guard let base, let url = URL(string: base) else { return "/" }
        let p = url.path
        return p.isEmpty ? "/" : (p.hasSuffix("/") ? p : p + "/")
    }
}

enum XML {
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                // Characters XML 1.0 does not allow are dropped.
                let v = c.value
                if v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out
    }
}

/// A name-based UUID (SHA-256 of the name, version 8 of RFC 9562): stable ids for Atom.
func nameUUID(_ name: String) -> String {
    var bytes = Array(SHA256.hash(data: Data(name.utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x80
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    let parts = [hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4), hex.dropFirst(20)]
    return "urn:uuid:" + parts.joined(separator: "-")
}

/// RFC 3339 time of a Document date. Sources give local times without a zone: they are taken
/// as China Standard Time (UTC+8). nil for an undated document.
func rfc3339(_ date: String?) -> String? {
    guard let d = date, d.count >= 10 else { return nil }
    let day = String(d.prefix(10))
    var time = "00:00:00"
    if d.count >= 16, d.dropFirst(10).first == "T" {
        let hm = d.dropFirst(11).prefix(5)
        time = d.count >= 19 ? String(d.dropFirst(11).prefix(8)) : "\(hm):00"
    }
    return "\(day)T\(time)+08:00"
}

/// Atom 1.0 feed of one language: every dated article, newest first.
struct AtomEntry {
    var id: String
    var title: String
    var titleLang: String?
    var link: String
    var updated: String
    var authors: [String]
    var summary: String?
    /// "text" or "html".
    var summaryType: String
    var categories: [String]
}

func atomFeed(lang: String, title: String, subtitle: String, id: String, selfLink: String, homeLink: String,
              updated: String, author: String, entries: [AtomEntry]) -> String {
    var x = #"<?xml version="1.0" encoding="utf-8"?>"# + "\n"
    x += #"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\#(XML.escape(lang))">"# + "\n"
    x += "  <title>\(XML.escape(title))</title>\n"
    x += "  <subtitle>\(XML.escape(subtitle))</subtitle>\n"
    x += "  <id>\(XML.escape(id))</id>\n"
    x += "  <updated>\(updated)</updated>\n"
    x += #"  <link rel="self" type="application/atom+xml" href="\#(XML.escape(selfLink))"/>"# + "\n"
    x += #"  <link rel="alternate" type="text/html" href="\#(XML.escape(homeLink))"/>"# + "\n"
    x += "  <author><name>\(XML.escape(author))</name></author>\n"
    x += "  <generator>sitegen</generator>\n"
    for e in entries {
        x += "  <entry>\n"
        x += "    <id>\(XML.escape(e.id))</id>\n"
        x += "    <title" + (e.titleLang.map { #" xml:lang="\#(XML.escape($0))""# } ?? "") + ">\(XML.escape(e.title))</title>\n"
        x += #"    <link rel="alternate" type="text/html" href="\#(XML.escape(e.link))"/>"# + "\n"
        x += "    <published>\(e.updated)</published>\n"
        x += "    <updated>\(e.updated)</updated>\n"
        for a in e.authors { x += "    <author><name>\(XML.escape(a))</name></author>\n" }
        for c in e.categories { x += #"    <category term="\#(XML.escape(c))"/>"# + "\n" }
        if let s = e.summary { x += #"    <summary type="\#(e.summaryType)">\#(XML.escape(s))</summary>"# + "\n" }
        x += "  </entry>\n"
    }
    x += "</feed>\n"
    return x
}

/// One page of the sitemap with its language versions.
struct SitemapPage {
    var loc: String
    var lastmod: String?
    /// (hreflang, absolute URL), including x-default.
    var alternates: [(String, String)]
}

func sitemap(_ pages: [SitemapPage]) -> String {
    var x = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
    x += #"<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">"# + "\n"
    for p in pages {
        x += "  <url>\n    <loc>\(XML.escape(p.loc))</loc>\n"
        if let m = p.lastmod { x += "    <lastmod>\(m)</lastmod>\n" }
        for (lang, href) in p.alternates {
            x += #"    <xhtml:link rel="alternate" hreflang="\#(XML.escape(lang))" href="\#(XML.escape(href))"/>"# + "\n"
        }
        x += "  </url>\n"
    }
    x += "</urlset>\n"
    return x
}
