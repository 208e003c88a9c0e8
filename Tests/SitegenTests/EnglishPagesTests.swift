import Foundation
import Site
import Testing

/// Text of an HTML page that is Chinese but not inside an element marked `lang="zh…"`.
func unmarkedChinese(in html: String) -> [String] {
    let voids: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    var stack: [(name: String, zh: Bool)] = []
    var found: [String] = []
    var i = html.startIndex
    var text = ""
    func check() {
        let inZh = stack.last?.zh ?? false
        if !inZh, text.unicodeScalars.contains(where: { $0.properties.isIdeographic }) { found.append(text) }
        text = ""
    }
    while i < html.endIndex {
        if html[i] == "<", let close = html[i...].firstIndex(of: ">") {
            check()
            let tag = String(html[html.index(after: i)..<close])
            i = html.index(after: close)
            if tag.hasPrefix("!") { continue }
            if tag.hasPrefix("/") {
                let name = tag.dropFirst().lowercased()
                if let k = stack.lastIndex(where: { $0.name == name }) { stack.removeSubrange(k...) }
                continue
            }
            let name = String(tag.prefix { !$0.isWhitespace && $0 != "/" }).lowercased()
            let zh = tag.range(of: "lang=\"zh") != nil || (stack.last?.zh ?? false) && tag.range(of: "lang=\"") == nil
            if name == "script" || name == "style", let end = html[i...].range(of: "</\(name)>") { i = end.upperBound; continue }
            if !voids.contains(name) && !tag.hasSuffix("/") { stack.append((name, zh)) }
        } else {
            text.append(html[i])
            i = html.index(after: i)
        }
    }
    check()
    return found
}

@Suite("English pages")
struct EnglishPagesTests {
    @Test func noChineseOutsideElementsMarkedAsChinese() async throws {
        let dir = temporaryFolder("sitegen-en")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("public")
        _ = try await SiteBuilder.build(BuildOptions(seeds: Repo.seeds, templates: Repo.templates, output: out.path, glossary: nil))
        let en = out.appendingPathComponent("en")
        let pages = (FileManager.default.enumerator(atPath: en.path)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 6)
        for page in pages {
            let offenders = unmarkedChinese(in: read(en.appendingPathComponent(page)))
            #expect(offenders.isEmpty, "en/\(page): \(offenders.prefix(3))")
        }
    }

    @Test func theCheckerItselfFindsUnmarkedChinese() {
        #expect(unmarkedChinese(in: "<html lang=\"en\"><p>Hello 你好</p></html>") == ["Hello 你好"])
        #expect(unmarkedChinese(in: "<html lang=\"en\"><p>Hi <span lang=\"zh-Hans\">你好</span><br>ok</p></html>").isEmpty)
    }
}
