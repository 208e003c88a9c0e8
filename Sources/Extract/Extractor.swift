import Foundation
import Normalize
import SiteModel

/// Lines → Document fields. Each field has its own small extractor; see EXTRACTORS.md.
public struct Extraction: Sendable {
    public var title: Title
    public var date: String?
    public var authors: [Author]
    public var outlet: Outlet?
    public var region: Region?
    public var placeUnit: Gazetteer.Unit?
    public var keywords: [String]
    public var blocks: [Block]
    public var programs: [Program]
    public var figures: [Figure]
    public var warnings: [Warning]
    /// Short lines above the source's title that are no text: a portal's name, menu items one a line
    /// (`宁安市人民政府`, `政务公开`). Left out of the blocks; the pipeline logs them as removed lines.
    public var pageLines: [String] = []
}

public enum Extractor {
    public static func extract(lines: [String], gazetteer: Gazetteer = .builtIn) -> Extraction {
        var warnings: [Warning] = []
        var consumed = Set<Int>()
        var lines = lines

        let bylines = Bylines.find(in: lines, gazetteer: gazetteer)
        consumed.formUnion(bylines.consumedLines)
        for (i, kept) in bylines.trimmedLines { lines[i] = kept }
        let date = DateFinder.find(in: lines)
        if let i = date?.line, DateFinder.isMetadataLine(lines[i]) { consumed.insert(i) }
        // An e-paper's page and its name alone (`第03版：县区`): where the article stood, never text.
        for i in lines.indices where lines[i].count <= 16 && lines[i].trimmingCharacters(in: .whitespaces).wholeMatch(of: /第\s*[A-Z]?\d{1,3}\s*版\s*[:：]\s*\p{Han}{1,8}/) != nil {
            consumed.insert(i)
        }
        // A forum post's time (`发表于 2024-4-18 10:22:36`) is the page's, never text, whether or not it gave the date.
        for i in lines.indices where lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("发表于") && DateFinder.isMetadataLine(lines[i]) { consumed.insert(i) }
        let keywords = KeywordFinder.find(in: lines)
        if let i = keywords?.line { consumed.insert(i) }
        let sourceTitle = TitleFinder.find(in: lines, skipping: consumed)
        if let i = sourceTitle?.line { consumed.insert(i) }
        // Above the title, short lines without punctuation are the page's (a portal's name, a menu item); a line of
        // eight characters or more directly above the title may be its kicker and stays.
        var pageLines: [String] = []
        if let t = sourceTitle?.line {
            for i in 0..<t where !consumed.contains(i) {
                let line = lines[i].trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty, line.count <= 12, i < t - 1 || line.count < 8,
                      !line.contains(where: { "。，；！？、“”".contains($0) }) else { continue }
                pageLines.append(lines[i])
                consumed.insert(i)
            }
        }
        let body = lines.enumerated().filter { !consumed.contains($0.offset) }.map(\.element)

        let textStart = sourceTitle.map { t in lines.indices.prefix(t.line).filter { !consumed.contains($0) }.count } ?? 0
        let blocks = BlockBuilder.blocks(from: body, textStart: textStart)
        // The source's title names the place as often as the body does (`德清县新市镇打造…`).
        let metadata = consumed.sorted().filter { $0 != sourceTitle?.line }.map { lines[$0] }
        let place = RegionFinder.find(in: (sourceTitle.map { [$0.text] } ?? []) + body, context: metadata, gazetteer: gazetteer)
        warnings += place.warnings
        let programs = ProgramFinder.find(in: blocks, gazetteer: gazetteer, region: place.unit, mentioned: place.names)

        let title: Title
        if let t = sourceTitle {
            title = Title(zh: t.text, derived: false)
        } else {
            title = Title(zh: TitleFinder.compose(place: place.mentioned ?? place.unit, programs: programs, date: date?.iso), derived: true)
            warnings.append(Warning(kind: "derived-title", context: title.zh))
        }
        if date == nil { warnings.append(Warning(kind: "no-date", context: "no publication date in the text")) }

        return Extraction(title: title, date: date?.iso, authors: bylines.authors, outlet: bylines.outlet, region: place.region,
                          placeUnit: place.unit, keywords: keywords?.words ?? [], blocks: blocks,
                          programs: programs, figures: Figures.find(in: blocks), warnings: warnings, pageLines: pageLines)
    }
}

/// Publication dates: dates in metadata lines (刊载日期, 发布时间, a date-and-byline line), never
/// dates of events inside body sentences.
public enum DateFinder {
    public struct Found: Sendable { public var iso: String; public var line: Int }

    nonisolated(unsafe) static let chinese = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(\d{1,2})[:：](\d{2}))?/
    nonisolated(unsafe) static let numeric = /(\d{4})[-\/.](\d{1,2})[-\/.](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?/
    static let labels = ["日期", "发布", "發布", "刊载", "刊載", "时间", "時間", "来源", "來源", "原载", "转自", "刊于"]

    /// A line that is metadata rather than body: labelled, or short and led by a date.
    static func isMetadataLine(_ line: String) -> Bool {
        if line.count <= 60, labels.contains(where: { line.containsExactly($0) }) { return true }
        guard line.count <= 60 else { return false }
        // A credit line closing with its date: 记者 蔡雅芳　通讯员 许志坚　2022年9月7日.
        if let credits = Bylines.creditPairs(line), !credits.isEmpty { return true }
        // A WeChat post's byline: `原创 福贡组工 福贡组工 2024-03-26 19:05 发表于云南`.
        if line.hasPrefix("原创"), line.firstMatch(of: numeric) ?? line.firstMatch(of: chinese) != nil, !line.contains("。") { return true }
        guard line.count <= 40 else { return false }
        // A short line that is mostly its date: 温州日报 2021年10月26日 第3版.
        if !line.contains(where: { "。，；！？".contains($0) }), let m = line.firstMatch(of: chinese) ?? line.firstMatch(of: numeric),
           line.filter({ $0 != " " && $0 != "\u{3000}" }).count - line[m.range].filter({ $0 != " " }).count <= 14 { return true }
        let trimmed = line.drop { $0 == " " }
        return trimmed.prefixMatch(of: numeric) != nil || trimmed.prefixMatch(of: chinese) != nil
    }

    public static func find(in lines: [String]) -> Found? {
        let order = Array(lines.indices)
        for i in order where isMetadataLine(lines[i]) {
            guard let iso = parse(lines[i]) else { continue }
            // A date alone in brackets under a speech's or meeting's title (`（2024年3月22日）`) is when it was given;
            // a labelled publication date elsewhere (`来源：…　2024-03-26 10:20`) is the page's.
            if lines[i].trimmingCharacters(in: .whitespaces).wholeMatch(of: /[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]/) != nil,
               let labelled = order.lazy.filter({ $0 != i && isMetadataLine(lines[$0]) && labels.contains(where: lines[$0].containsExactly) })
                .compactMap({ k in parse(lines[k]).map { Found(iso: $0, line: k) } }).first {
                return labelled
            }
            // A forum's time of posting (`发表于 2024-4-18 10:22:36`) is when the repost went up; the article's own labelled
            // date (`发布时间：2024-04-17 18:30`) is its publication.
            if lines[i].trimmingCharacters(in: .whitespaces).hasPrefix("发表于"),
               let labelled = order.lazy.filter({ $0 != i && isMetadataLine(lines[$0]) && labels.contains(where: lines[$0].containsExactly) })
                .compactMap({ k in parse(lines[k]).map { Found(iso: $0, line: k) } }).first {
                return labelled
            }
            // The same day with its time on a nearby metadata line is the fuller record
            // (`生成日期：2024-06-18` … `发布时间：2024-06-18 15:22`).
            if iso.count == 10, let timed = order[(i + 1)...].prefix(6).lazy.filter({ isMetadataLine(lines[$0]) })
                .compactMap({ k in parse(lines[k]).map { (k, $0) } }).first(where: { $0.1.hasPrefix(iso) && $0.1.count > 10 }) {
                return Found(iso: timed.1, line: timed.0)
            }
            return Found(iso: iso, line: i)
        }
        return nil
    }

    static func parse(_ line: String) -> String? {
        if let m = line.firstMatch(of: numeric) ?? line.firstMatch(of: chinese) {
            return iso(year: String(m.1), month: String(m.2), day: String(m.3), hour: m.4.map(String.init), minute: m.5.map(String.init))
        }
        return nil
    }

    static func iso(year: String, month: String, day: String, hour: String?, minute: String?) -> String? {
        guard let y = Int(year), let mo = Int(month), let d = Int(day),
              (1900...2100).contains(y), (1...12).contains(mo), (1...31).contains(d) else { return nil }
        var s = String(format: "%04d-%02d-%02d", y, mo, d)
        if let hour, let minute, let h = Int(hour), let mi = Int(minute), h < 24, mi < 60 {
            s += String(format: "T%02d:%02d", h, mi)
        }
        return s
    }
}

/// Keywords a text states itself (`关键词:支部党组织党员`).
public enum KeywordFinder {
    public struct Found: Sendable { public var words: [String]; public var line: Int }

    public static func find(in lines: [String]) -> Found? {
        for (i, raw) in lines.enumerated() {
            // (The label may be bracketed, as theory articles write it: `【关键词】基层党建　渔村治理`.)
            let line = raw.hasPrefix("【") || raw.hasPrefix("[") ? String(raw.dropFirst()) : raw
            for label in ["关键词", "關鍵詞", "关键字"] where line.hasPrefix(label) {
                var rest = line.dropFirst(label.count)
                while let f = rest.first, ":：】] 　".contains(f) { rest = rest.dropFirst() }
                var words = rest.split(whereSeparator: { " 　,，、;；".contains($0) }).map(String.init)
                // Keywords run together without separators (`支部党组织党员`): split into words.
                if words.count == 1, let only = words.first, only.count > 4 { words = Lexicon.segment(only) }
                return Found(words: words, line: i)
            }
        }
        return nil
    }
}
