import Foundation
import Normalize
import SiteModel
import Templating
import Testing

@Suite("C library wrappers and templates")
struct WrapperTests {
    @Test func openCCConvertsTraditionalToSimplified() throws {
        let converter = try ScriptConverter(config: "t2s.json")
        #expect(converter.convert("關鍵時刻，基層黨組織") == "关键时刻，基层党组织")
        #expect(converter.convert("") == "")
        #expect(converter.convert("plain ASCII 123") == "plain ASCII 123")
    }

    @Test func openCCReportsAMissingConfiguration() {
        #expect(throws: SitegenError.self) { try ScriptConverter(config: "no-such-config.json") }
    }

    @Test func cmarkRendersGFMTables() {
        let html = Markdown.html("| Figure | Counts |\n|---|---|\n| 154 | policies |\n")
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>154</td>"))
    }

    @Test func cmarkSafeModeDropsRawHTMLAndScriptLinks() {
        let html = Markdown.html("Hi <script>alert(1)</script>\n\n[x](javascript:alert(1))\n\n<img src=x onerror=alert(1)>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("<img"))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func mustacheRendersEscapedValuesAndInheritance() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try "<main>{{$body}}default{{/body}}</main>".write(to: dir.appendingPathComponent("layout.mustache"), atomically: true, encoding: .utf8)
        try "{{<layout}}{{$body}}<p>{{text}}</p>{{#items}}<i>{{.}}</i>{{/items}}{{/body}}{{/layout}}"
            .write(to: dir.appendingPathComponent("page.mustache"), atomically: true, encoding: .utf8)
        let set = try TemplateSet(directory: dir.path)
        let html = try set.render("page", ["text": "<b>党建</b> & co", "items": ["一", "二"]])
        #expect(html == "<main><p>&lt;b&gt;党建&lt;/b&gt; &amp; co</p><i>一</i><i>二</i></main>")
    }

    @Test func missingTemplateIsAnError() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let set = try TemplateSet(directory: dir.path)
        #expect(throws: TemplateError.self) { try set.render("nope", [:]) }
    }
}

@Suite("Language marking")
struct LanguageSpanTests {
    @Test func chineseRunsInEnglishHTMLAreMarked() {
        let html = "<p>The Siyuan Project (思源工程) and “锋领e家”, <a href=\"x\" title=\"中文\">link</a> <span lang=\"zh-Hans\">已标记</span></p>"
        let marked = LanguageSpans.markChinese(inHTML: html)
        #expect(marked.contains("(<span lang=\"zh-Hans\">思源工程</span>)"))
        #expect(marked.contains("<span lang=\"zh-Hans\">锋领</span>e<span lang=\"zh-Hans\">家</span>"))
        #expect(marked.contains("title=\"中文\""), "attributes are left alone")
        #expect(marked.contains("<span lang=\"zh-Hans\">已标记</span></p>"), "already marked text is not wrapped twice")
    }
}
