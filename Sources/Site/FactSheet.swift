import Foundation
import SiteModel

/// The English fact sheet `sitegen draft` writes as a starting point for an editor's sidecar
/// (`seeds/<stem>.en.md`): front matter with a title, then the facts the pipeline found, in
/// Markdown the sidecar reader and cmark-gfm accept. Only facts from the Document: nothing is
/// invented, and an unknown fact is left out.
public enum FactSheet {
    /// Where the sidecar of a seed goes: next to it, `<stem>.en.md`.
    public static func sidecarPath(forSeed seed: String) -> String {
        let name = (seed as NSString).lastPathComponent
        let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : (name as NSString).deletingPathExtension
        return ((seed as NSString).deletingLastPathComponent as NSString).appendingPathComponent(stem + ".en.md")
    }

    /// The English title: the Document's own, else one composed from its programs and place.
    public static func title(_ doc: Document) -> String {
        if let en = doc.title.en, !en.isEmpty { return en }
        let place = shortPlace(doc)
        let programs = doc.programs.compactMap(\.en).prefix(2)
        var title: String
        if !programs.isEmpty {
            title = programs.joined(separator: " and ")
            if let place { title += " in \(place)" }
        } else if let place {
            title = "Grassroots Party Building in \(place)"
        } else {
            title = "Grassroots Party Building Report"
        }
        if let year = doc.date?.prefix(4), year.count == 4 { title += " (\(year))" }
        return title
    }

    public static func markdown(for doc: Document) -> String {
        var lines: [String] = []
        lines.append("---")
        lines.append("title: \(yamlQuoted(title(doc)))")
        lines.append("---")
        lines.append("")
        lines.append("<!-- Draft written by `sitegen draft` from \(doc.source.file). Check every fact against the Chinese text, "
            + "replace the summary placeholder, then delete this comment. Raw HTML such as this comment is never shown on the site. -->")
        lines.append("")
        if let generated = doc.summary.en, doc.summary.enSource != "editor", !generated.isEmpty {
            lines.append(generated)
        } else {
            lines.append("*Summary to be written: what the program does, for whom, and what it achieved.*")
        }
        lines.append("")
        lines.append("## Facts")
        lines.append("")
        lines.append("| Fact | Value |")
        lines.append("| --- | --- |")
        lines.append("| Title (Chinese) | \(cell(doc.title.zh))\(doc.title.derived ? " (composed: the source has no title)" : "") |")
        if let region = doc.region {
            let zh = [region.province, region.city, region.county].compactMap { $0 }.reduce(into: [String]()) { acc, n in
                if acc.last != n { acc.append(n) }
            }.joined()
            let en = region.en.map { cell($0) }
            lines.append("| Place | \([en, zh.isEmpty ? nil : cell(zh)].compactMap { $0 }.joined(separator: " · ")) |")
        }
        if let date = doc.date { lines.append("| Date | \(cell(String(date.prefix(10)))) |") }
        if let outlet = doc.outlet {
            let issue = outlet.issue.map { ", \($0)" } ?? ""
            lines.append("| Outlet | \([outlet.en.map(cell), cell(outlet.zh) + issue].compactMap { $0 }.joined(separator: " · ")) |")
        }
        if !doc.authors.isEmpty {
            let names = doc.authors.map { a -> String in
                let zh = [a.role, a.name].compactMap { $0 }.joined(separator: " ")
                return a.en.map { "\(cell($0)) (\(cell(zh)))" } ?? cell(zh)
            }
            lines.append("| \(doc.authors.count == 1 ? "Author" : "Authors") | \(names.joined(separator: "; ")) |")
        }
        lines.append("| Source file | \(cell((doc.source.file as NSString).lastPathComponent)) (\(cell(doc.source.encoding))) |")
        if !doc.programs.isEmpty {
            lines.append("")
            lines.append("## Programs")
            lines.append("")
            for p in doc.programs {
                let detail = [p.zh, p.pinyin].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
                lines.append("- **\(inline(p.en ?? p.zh))** (\(inline(detail)))")
            }
        }
        if !doc.figures.isEmpty {
            lines.append("")
            lines.append("## Key figures")
            lines.append("")
            lines.append("| Figure | What it counts |")
            lines.append("| --- | --- |")
            for f in doc.figures {
                let value = [f.qualifier, number(f.value) + (f.upper.map { "–" + number($0) } ?? "") + f.unit]
                    .compactMap { $0 }.joined()
                let what = f.en ?? f.subject ?? f.sentence
                lines.append("| \(cell(value)) | \(cell(what)) |")
            }
        }
        if !doc.warnings.isEmpty {
            lines.append("")
            lines.append("<!-- Warnings on the source text (check these passages): "
                + doc.warnings.map { "\($0.kind): \($0.context)" }.joined(separator: "; ").replacingOccurrences(of: "--", with: "- -")
                + " -->")
        }
        lines.append("")
        return lines.joined(separator: "\n")
    }

    /// Writes the draft next to the seed; never overwrites an existing file.
    @discardableResult
    public static func write(for doc: Document, seed: String) throws(SitegenError) -> String {
        let path = sidecarPath(forSeed: seed)
        let data = Data(markdown(for: doc).utf8)
        // O_EXCL makes "never overwrite" hold even against a file created meanwhile.
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        if fd < 0 {
            if errno == EEXIST {
                throw SitegenError(.write, path: path, "already exists; sitegen draft never overwrites (edit it, or delete it to start again)")
            }
            throw SitegenError(.write, path: path, "cannot create the draft (\(String(cString: strerror(errno))))")
        }
        defer { close(fd) }
        let ok = data.withUnsafeBytes { buf -> Bool in
            var offset = 0
            while offset < buf.count {
                let n = Foundation.write(fd, buf.baseAddress! + offset, buf.count - offset)
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        if !ok { throw SitegenError(.write, path: path, "cannot write the draft (\(String(cString: strerror(errno))))") }
        return path
    }

    private static func shortPlace(_ doc: Document) -> String? {
        guard let en = doc.region?.en, !en.isEmpty else { return nil }
        return en.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }

    /// Escapes what would break a table cell or start Markdown syntax.
    private static func cell(_ s: String) -> String {
        inline(s).replacingOccurrences(of: "|", with: "\\|")
    }

    private static func inline(_ s: String) -> String {
        var out = ""
        for c in s.replacingOccurrences(of: "\n", with: " ") {
            if "\\`*_[]<>".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Quoted the way the sidecar reader unquotes: outer quotes only, no escapes.
    private static func yamlQuoted(_ s: String) -> String {
        s.contains("\"") ? "'\(s)'" : "\"\(s)\""
    }
}
