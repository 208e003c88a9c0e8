/// Joins display lines into one block: a heading split over two lines (seed 004:
/// `…思想引领力，` + `让“胸怀大局、绝对忠诚”成为园区上下的坚实底色`) and WeChat-style short centred
/// lines that carry one sentence (seed 002: `基层治理` / `是国家治理体系和治理能力现代化的` /
/// `有机部分和重要基础。`). Logged as `joined-lines`, one count per line break removed.
///
/// How it decides. Only short lines (≤ `shortLimit` characters) take part, and never a credit,
/// byline or date line, a `●` heading, a numbered heading or a line with a space between Chinese
/// words (bylines, list titles). A line ends in one of three ways:
/// - final (`。！？；…：`, also inside a closing quote): it never continues;
/// - open with a comma (`，` `,` `、` `——`): it always continues into the next short line;
/// - bare (no punctuation): a heading or a fragment. It continues only on evidence: it ends in a
///   word that cannot end a phrase (`…的`, `…的是`, `…在于`, `…把`), or the next line starts with
///   one that cannot start one (`是…`, `暨…`, `以及…`), or (inside a run that is already joined)
///   the following short lines reach a sentence end.
/// A run that starts with a caption or list marker (`▲`, `一、`) joins only on the explicit evidence.
/// A long line is never joined, so a real heading stays apart from the paragraph after it.
public enum DisplayLines {
    static let shortLimit = 32

    public static func join(_ lines: [String], log: inout RepairLog) -> [String] {
        var out: [String] = []
        var i = 0
        while i < lines.count {
            var group = [lines[i]]
            if isEligible(lines[i]), !isMarkedHeading(lines[i]) {
                let markerRun = startsWithMarker(lines[i])
                var j = i + 1
                while j < lines.count,
                      continues(group.joined(), into: j, of: lines, midRun: group.count > 1, markerRun: markerRun) {
                    group.append(lines[j])
                    j += 1
                }
            }
            if group.count > 1 {
                let joined = concatenate(group)
                log.record(.joinedLines, before: group.joined(separator: "\n"), after: joined, count: group.count - 1)
                out.append(joined)
            } else {
                out.append(lines[i])
            }
            i += group.count
        }
        return out
    }

    // MARK: - Line shapes

    enum Ending { case final, open, bare }

    static let finalMarks: Set<Character> = ["。", "！", "？", "；", "…", "：", "!", "?", ";", ":", "."]
    static let openMarks: Set<Character> = ["，", ",", "、", "—", "－", "~", "～"]
    static let closers: Set<Character> = ["”", "’", "」", "』", "）", ")", "》", "\"", "'", "】"]

    static func ending(_ line: String) -> Ending {
        var s = Substring(line)
        // A closing quote or bracket after a mark shows the mark (`…支部。”`); after a word it is bare.
        while let l = s.last, closers.contains(l), let before = s.dropLast().last,
              closers.contains(before) || finalMarks.contains(before) || openMarks.contains(before) {
            s = s.dropLast()
        }
        guard let last = s.last else { return .final }
        if finalMarks.contains(last) { return .final }
        if openMarks.contains(last) { return .open }
        return .bare
    }

    /// Short, and not a credit, byline, date or chrome-like line.
    static func isEligible(_ line: String) -> Bool {
        line.utf8.count <= 4 * shortLimit && line.count <= shortLimit && !LineShape.isMetadata(line)
            && !LineShape.hasInnerSpace(line) && !LineShape.urlHints.found(in: line)
    }

    /// Headings marked as such (`●部长心语`): never joined to anything.
    static func isMarkedHeading(_ line: String) -> Bool {
        guard let f = line.first else { return false }
        return "●○■□◆◇★☆◎※".contains(f)
    }

    nonisolated(unsafe) static let enumeration = /[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[、．]|\d{1,2}\.(?!\d)|第[一二三四五六七八九十\d]+[，,、部章节条是]/

    /// A caption or numbered line (`▲纪念…`, `一、…`, `（二）…`, `1.…`): starts its own block.
    static func startsWithMarker(_ line: String) -> Bool {
        guard let f = line.first else { return false }
        return "▲△▼▽►▶".contains(f) || line.prefixMatch(of: enumeration) != nil
    }

    /// Endings that leave a phrase incomplete.
    static let danglingEnds = ["的", "的是", "就是", "也是", "正是", "都是", "还是", "乃是", "在于", "把", "将", "让",
                               "被", "而", "或", "之", "暨", "以及", "及其", "对于", "关于", "由于", "为了"]
    /// Starts that continue the line before.
    static let continuingStarts = ["是", "暨", "以及", "并且", "而且", "乃"]

    static func endsDangling(_ line: String) -> Bool {
        var s = Substring(line)
        while let l = s.last, closers.contains(l) { s = s.dropLast() }
        guard s.count >= 2 else { return false }      // a lone `的` line is no phrase
        return danglingEnds.contains { s.hasSuffix($0) }
    }

    static func startsContinuing(_ line: String) -> Bool {
        if line.hasPrefix("是否") { return false }
        return continuingStarts.contains { line.hasPrefix($0) }
    }

    /// Whether the block so far (its lines joined, so that the decision is the same when the
    /// block is met again as one line) continues into `lines[j]`.
    static func continues(_ a: String, into j: Int, of lines: [String], midRun: Bool, markerRun: Bool) -> Bool {
        let b = lines[j]
        guard isEligible(b), !isMarkedHeading(b), !startsWithMarker(b) else { return false }
        switch ending(a) {
        case .final: return false
        case .open: return true
        case .bare:
            if endsDangling(a) || startsContinuing(b) { return true }
            if markerRun || !midRun { return false }
            return reachesSentenceEnd(from: j, of: lines)
        }
    }

    /// Whether the short lines from `j` on reach a final mark before anything else.
    static func reachesSentenceEnd(from j: Int, of lines: [String]) -> Bool {
        for k in j..<min(lines.count, j + 6) {
            let line = lines[k]
            guard isEligible(line), !isMarkedHeading(line), k == j || !startsWithMarker(line) else { return false }
            if ending(line) == .final { return true }
        }
        return false
    }

    /// Joins the pieces without a separator, except between two Latin letters or digits.
    static func concatenate(_ pieces: [String]) -> String {
        var out = ""
        for p in pieces {
            if let l = out.last, let f = p.first, l.isASCII, f.isASCII, (l.isLetter || l.isNumber), (f.isLetter || f.isNumber) {
                out.append(" ")
            }
            out += p
        }
        return out
    }
}
