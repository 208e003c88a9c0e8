import Foundation
import SiteModel

/// Source titles and composed ones.
public enum TitleFinder {
    public struct Found: Sendable { public var text: String; public var line: Int }

    static let finalPunctuation: Set<Character> = ["。", "！", "？", "；", "…", "，", "、", "：", ".", "!", "?"]
    /// Forum and page chrome that clings to a title line.
    static let titleChrome = ["[复制链接]", "[複製鏈接]", "[打印]", "[收藏]"]

    /// A title is a line near the top, before the first paragraph, that reads as a headline:
    /// 8 to 40 characters, no final punctuation, not a date or byline.
    public static func find(in lines: [String], skipping: Set<Int>) -> Found? {
        // A page may open with lines that read as headlines (a site's name, a tool bar, a menu item): the
        // headline is the one its date or credits follow (`…返乡创业添活力` / `发布时间：…　来源：…`), when one does.
        func dated(_ f: Found) -> Bool {
            let after = lines.indices.dropFirst(f.line + 1).filter { !lines[$0].trimmingCharacters(in: .whitespaces).isEmpty }
            guard var next = after.first else { return false }
            // (Past its subtitle: `筑牢抵边堡垒 守好图们江畔` / `——和龙市…的实践与思考` / `发布日期：…`.)
            if lines[next].trimmingCharacters(in: .whitespaces).hasPrefix("——"), after.count > 1 { next = after[1] }
            return skipping.contains(next) || DateFinder.isMetadataLine(lines[next])
        }
        let found = candidates(in: lines, skipping: skipping)
        // (Only the first eight lines hold a title with nothing after it to confirm it.)
        guard let first = found.first, first.line < 8 || dated(first) else { return found.first(where: dated) }
        return found.first(where: dated) ?? first
    }

    /// Lines near the top, before the first paragraph, that read as headlines, in order.
    static func candidates(in lines: [String], skipping: Set<Int>) -> [Found] {
        var found: [Found] = []
        func add(_ f: Found) { if !found.contains(where: { $0.line == f.line }) { found.append(f) } }
        for (i, raw) in lines.enumerated().prefix(12) where !skipping.contains(i) {
            var line = raw
            for chrome in titleChrome { line = line.replacingOccurrences(of: chrome, with: "") }
            line = line.trimmingCharacters(in: .whitespaces)
            // A forum thread's label and repost tag: `标题：【转帖】城口县：…`.
            line.replace(/^(?:帖子)?标题\s*[:：]\s*/, with: "")
            line.replace(/^(?:【(?:转帖|转载|原创|分享|推荐)】|\[(?:转帖|转载|原创|分享|推荐)\])\s*/, with: "")
            // A forum thread's category in square brackets (`[本地新闻] 翁牛特旗：…`) is the board's, not the title's; a
            // column's tag in lenticular brackets (`【区县访谈】…`) is the outlet's and readers keep it.
            line.replace(/^\[\p{Han}{2,8}\]\s*/, with: "")

            // A short note in brackets closing a headline (`…会议上的讲话（摘要）`, `…简报（第6期）`) is part of
            // it and ends no sentence.
            var probe = line
            if let note = line.firstMatch(of: /[（(][^（）()，。；！？]{1,6}[）)]$/), note.range.lowerBound != line.startIndex {
                probe = String(line[..<note.range.lowerBound])
            }
            // A headline and its subtitle on one line (`激活国企“红色引擎”…——二道江区推进…的做法与成效`) may run
            // past a paragraph's length; each part reads as a headline.
            if let dash = probe.range(of: "——"), dash.lowerBound != probe.startIndex,
               case let (head, sub) = (probe[..<dash.lowerBound], probe[dash.upperBound...]),
               (4...40).contains(head.count), (4...50).contains(sub.count),
               !BlockBuilder.endsClause(String(head)), !BlockBuilder.endsClause(String(sub)), !probe.contains("。") {
                add(Found(text: line, line: i))
                continue
            }
            if BlockBuilder.isParagraph(probe) { break }
            // `林海深处党旗红` / `——汤旺县…见闻`: a short headline above its subtitle; the subtitle is no title.
            if line.hasPrefix("——") { continue }
            let subtitled = lines.dropFirst(i + 1).first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix("——") ?? false
            // A kicker above the headline (`富蕴县多措并举锤炼年轻干部` / `到基层一线淬火 在急难险重中成长` / `——…侧记`):
            // the headline is the line directly above the subtitle.
            if !subtitled, i + 2 < lines.count, !skipping.contains(i + 1), lines[i + 2].hasPrefix("——"),
               case let main = lines[i + 1].trimmingCharacters(in: .whitespaces), (4...40).contains(main.count),
               !BlockBuilder.isParagraph(main), let last = main.last, !finalPunctuation.contains(last),
               (8...40).contains(line.count), let kickerLast = probe.last, !finalPunctuation.contains(kickerLast) {
                add(Found(text: main, line: i + 1))
                continue
            }
            // (The first line of the text may run longer: `资溪县委常委、组织部部长黄志斌：让…成为…的“致富引擎”`.)
            // (Only a `who：what` headline without a clause comma, the form such long titles take.)
            let first = lines.indices.prefix(i).allSatisfy { k in skipping.contains(k) || lines[k].trimmingCharacters(in: .whitespaces).isEmpty }
            let long = first && line.contains("：") && !line.contains("，")
            guard ((subtitled ? 4 : 8)...(long ? 60 : 40)).contains(line.count), let last = probe.last, !finalPunctuation.contains(last),
                  !line.hasPrefix("●"), line.contains(where: { $0.isHanCharacter }),
                  !line.contains("http") else { continue }
            add(Found(text: line, line: i))
        }
        return found
    }

    /// A title composed from the facts, for texts that have none: place, main program, theme.
    public static func compose(place: Gazetteer.Unit?, programs: [Program], date: String?) -> String {
        let where_ = place?.short ?? ""
        // The month of publication, when the text gives one: 太仓以“动力工程”推进基层党建（2020年12月）.
        var when = ""
        if let date, let y = Int(date.prefix(4)), date.count >= 7, let m = Int(date.dropFirst(5).prefix(2)) { when = "（\(y)年\(m)月）" }
        if let main = programs.first {
            return "\(where_)以“\(main.zh)”推进基层党建\(when)"
        }
        return (where_.isEmpty ? "基层党建工作纪实" : "\(where_)基层党建工作纪实") + when
    }
}

/// Body lines → heading and paragraph blocks.
public enum BlockBuilder {
    static let clauseEnd: Set<Character> = ["。", "！", "？", "；", "…", "”", "：", "」", "）"]

    static func isParagraph(_ line: String) -> Bool {
        line.count > 60 || endsClause(line) && line.count > 20
    }

    /// Ends like a sentence: `。`, or a closing quote after one (`…。”`); not a quoted name closing a
    /// headline (`合肥：“红耀庐州”打通城市基层治理“神经末梢”`).
    static func endsClause(_ line: String) -> Bool {
        guard var last = line.last else { return false }
        if "”」".contains(last), let before = line.dropLast().last, line.contains(where: { "“「".contains($0) }) { last = before == "”" ? "。" : before }
        return clauseEnd.contains(last) || TitleFinder.finalPunctuation.contains(last)
    }

    /// Headings: `●` lines, `一、` numbered lines, and short lines without final punctuation.
    public static func isHeading(_ line: String) -> Bool {
        if line.hasPrefix("▲") { return false }  // a photo caption
        if line.hasPrefix("●") || line.hasPrefix("■") || line.hasPrefix("◆") { return true }
        if let first = line.first, "一二三四五六七八九十".contains(first), line.dropFirst().prefix(2).contains("、"), line.count <= 40 {
            return true
        }
        // Joined two-line headings (`…思想引领力，让“…”成为…底色`) run longer than one line.
        let limit = line.contains("，") && !line.contains("。") ? 64 : 40
        // A heading may end in a quoted name (`小哥有了“红色港湾”`); a quoted sentence ends `。”`.
        return line.count <= limit && !line.isEmpty && !endsClause(line)
    }

    /// Blocks of the body lines; the first `textStart` lines stood above the title (a kicker, a page's
    /// masthead) and are never headings.
    public static func blocks(from lines: [String], textStart: Int = 0) -> [Block] {
        var signed = signature(in: lines)
        signed.formUnion(lines.indices.prefix(textStart))
        // A heading introduces what follows it: a line after the last paragraph is text (a signature whose date
        // was taken as the publication date, `中共洪雅县柳江镇委员会`; page chrome no pass knew), never a heading.
        let lastParagraph = lines.indices.last { !isHeading(lines[$0]) } ?? -1
        signed.formUnion(lines.indices.filter { $0 > lastParagraph })
        if let last = lines.indices.last { signed.insert(last) }
        return lines.enumerated().map { i, line in
            isHeading(line) && !signed.contains(i) ? Block(kind: .heading, zh: line) : Block(kind: .paragraph, zh: line, lead: lead(of: line))
        }
    }

    static let issuerEnds = ["委员会", "组织部", "宣传部", "党委", "党工委", "党组", "办公室", "政府", "委", "局", "中心", "支部", "总支"]

    /// The closing signature of a report or summary: the issuing body and the date, last lines of the
    /// text (`中共于都县委组织部` / `2024年1月10日`). They stay in the text as paragraphs, not headings.
    static func signature(in lines: [String]) -> Set<Int> {
        guard let last = lines.indices.last, let date = DateFinder.parse(lines[last]),
              lines[last].replacing(/\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-\/.]\d{1,2}[-\/.]\d{1,2}/, with: "")
                .trimmingCharacters(in: .whitespaces).isEmpty, !date.isEmpty else { return [] }
        var signed: Set<Int> = [last]
        for i in lines.indices.reversed().dropFirst().prefix(2) {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            guard (4...24).contains(line.count), line.allSatisfy(\.isHanCharacter), issuerEnds.contains(where: { line.hasSuffix($0) }) else { break }
            signed.insert(i)
        }
        return signed
    }

    /// A short opening sentence that states the paragraph's point (`持续建强组织体系。聚焦…`):
    /// at most 25 characters and one comma, followed by more of the paragraph.
    public static func lead(of paragraph: String) -> String? {
        guard let first = Sentences.split(paragraph).first, first.hasSuffix("。"), first.count <= 25,
              paragraph.count > first.count + 10, first.filter({ $0 == "，" }).count <= 1,
              !first.contains("“") || first.contains("”") else { return nil }
        return first
    }
}

/// Sentence splitting on 。！？； keeping the end mark and any closing quote after it.
public enum Sentences {
    public static func split(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var pendingClose = false
        for ch in text {
            if pendingClose, ch == "”" || ch == "’" || ch == "」" {
                current.append(ch)
                continue
            }
            if pendingClose {
                out.append(current); current = ""; pendingClose = false
            }
            current.append(ch)
            if "。！？；!?".contains(ch) { pendingClose = true }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { out.append(current) }
        return out
    }
}

extension Character {
    var isHanCharacter: Bool { unicodeScalars.first.map { $0.properties.isIdeographic } ?? false }
}
