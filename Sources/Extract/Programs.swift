import Foundation
import SiteModel

/// Named programs, initiatives, brands and platforms, with the sentences that describe them.
/// See EXTRACTORS.md for the rules and their weak spots.
public enum ProgramFinder {
    /// Words that make a quoted name a program when they end it or follow its closing quote.
    static let heads = ["工程", "计划", "行动", "品牌", "驿站", "联盟", "平台", "工作室", "示范圈", "服务站", "书院", "学院", "家园",
                        "e家", "管家", "项目", "体系", "中心", "课堂", "学堂", "讲堂", "基金", "共同体", "联合体", "工作法", "示范线", "示范带", "走廊", "党课"]
    /// A quoted name followed by one of these is a named campaign or brand (the suffix is not part of the name).
    static let campaignSuffixes = ["专项活动", "主题活动", "系列活动", "专项行动", "主题实践活动", "品牌", "模式", "活动", "评选", "评比",
                                   "先进典型评选", "竞赛"]
    /// Generic national concepts and slogans that articles quote but that are no local program.
    static let generic: Set<String> = ["书记项目", "三会一课", "最多跑一次", "两学一做", "主题党日", "党史学习教育", "不忘初心、牢记使命",
                                       "我为群众办实事", "放管服", "不忘初心", "牢记使命", "四个意识", "两个维护", "四个自信", "两优一先"]
    static let brandEnds: [Character] = ["家", "站", "圈", "园", "坊", "堂", "驿", "汇", "廊"]
    static let launchVerbs = ["实施", "打造", "推行", "启动", "推出", "创建", "创设", "建成", "开通", "构建"]

    nonisolated(unsafe) static let quoted = /“([^“”。，；！？\n]{2,24})”/
    static let unquotedHeads = ["工程", "行动", "计划"]
    static let brandHeads = ["品牌", "平台", "实施方案", "载体", "阵地"]

    /// The words after a quoted name reach a brand or platform word within the clause
    /// (a dozen characters, other quoted names and 等/的 between, no verb of purpose).
    static func namesBrand(_ after: Substring) -> Bool {
        let clause = after.prefix(16).prefix { !"，。；：！？".contains($0) }
        guard let head = brandHeads.compactMap({ clause.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { return false }
        let between = clause[..<head.lowerBound]
        return !between.contains(where: { "为以把将是在对向从".contains($0) })
    }
    static let numerals = Set("一二两三四五六七八九十百千万")

    /// Number formulas (`十个一`, `五聚焦五落实`) are slogans unless a programme word names them.
    static func isFormula(_ name: String) -> Bool {
        Double(name.filter { numerals.contains($0) }.count) >= Double(name.count) / 2.5
    }
    static let unquotedVerbs = ["实施", "推进", "开展", "深化", "启动", "推行", "全面实施", "深入实施", "持续推进", "深入推进"]

    /// Unquoted names after a launch verb that end in 工程/行动/计划: `持续推进基层党建示范点培育工程`,
    /// `全面实施……的四亮工程` (the part after the last 的 or list comma).
    static func unquotedNames(in sentence: String) -> [String] {
        var names: [String] = []
        for verb in unquotedVerbs {
            var search = sentence.startIndex..<sentence.endIndex
            while let v = sentence.range(of: verb, range: search) {
                search = v.upperBound..<sentence.endIndex
                // `“五聚焦五落实”深化提升行动`: the verb belongs to a longer quoted name.
                if v.lowerBound > sentence.startIndex, sentence[sentence.index(before: v.lowerBound)] == "”" { continue }
                let rest = sentence[v.upperBound...].prefix { !"，。；：！？“”（）《》 ".contains($0) }
                guard let headRange = unquotedHeads.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) else { continue }
                var name = String(rest[..<headRange.upperBound])
                if let cut = name.lastIndex(where: { "的、".contains($0) }) { name = String(name[name.index(after: cut)...]) }
                if (4...14).contains(name.count), name.allSatisfy({ $0.isHanCharacter || $0.isNumber }) { names.append(name) }
            }
        }
        return names
    }

    public static func find(in blocks: [Block]) -> [Program] {
        var order: [String] = []
        var sentences: [String: [String]] = [:]
        func note(_ name: String, _ sentence: String) {
            guard !generic.contains(name), !generic.contains(where: { name.hasPrefix($0) && name.count - $0.count <= 2 }),
                  name.count >= 3, !name.contains("、"), !name.contains(" ") else { return }
            if sentences[name] == nil { order.append(name) }
            if sentences[name, default: []].last != sentence { sentences[name, default: []].append(sentence) }
        }
        for block in blocks {
            for sentence in Sentences.split(block.zh) {
                for m in sentence.matches(of: quoted) {
                    let inner = String(m.1)
                    let after = sentence[m.range.upperBound...]
                    let before = sentence[..<m.range.lowerBound]
                    if let head = heads.first(where: { after.hasPrefix($0) }), !inner.contains("、") {
                        note(inner + head, sentence)
                    } else if heads.contains(where: { inner.hasSuffix($0) }) && inner.count > 2 {
                        note(inner, sentence)
                    } else if campaignSuffixes.contains(where: { after.hasPrefix($0) }), !inner.contains("、"), !isFormula(inner) {
                        note(inner, sentence)
                    } else if ["实施以来", "启动以来", "开展以来", "先后开展", "累计开展"].contains(where: { after.hasPrefix($0) }),
                              !inner.contains("、"), !isFormula(inner) {
                        note(inner, sentence)  // the program as the subject of what it did
                    } else if launchVerbs.contains(where: { before.hasSuffix($0) }), after.first.map({ "。，；！？".contains($0) }) ?? true,
                              !inner.contains("、"), !isFormula(inner) {
                        note(inner, sentence)  // the quoted name is itself what was launched: 推行“聚邻党建”。
                    } else if namesBrand(after), !inner.contains("、") {
                        note(inner, sentence)  // “锋领汇”微信平台, “一人一岗”“一员双岗”等…品牌, “六专题两实践”实施方案
                    } else if inner.contains("·"), !inner.hasPrefix("·") {
                        note(inner, sentence)  // brand names joined with a middle dot: 红网格·通通建
                    } else if inner.count >= 4, inner.last.map(brandEnds.contains) == true, !inner.contains("、") {
                        note(inner, sentence)  // named stations and venues: 百姓议事堂, 如意小食堂
                    }
                }
                for name in unquotedNames(in: sentence) { note(name, sentence) }
            }
        }
        // Sentences that name a program without quotes describe it too.
        for block in blocks {
            for sentence in Sentences.split(block.zh) {
                for name in order where sentence.containsExactly(name) && !(sentences[name]?.contains(sentence) ?? false) {
                    sentences[name, default: []].append(sentence)
                }
            }
        }
        // The most described programs first: they are what the article is about.
        let ranked = order.enumerated().sorted { a, b in
            let ca = sentences[a.element]?.count ?? 0, cb = sentences[b.element]?.count ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
        return ranked.map { Program(zh: $0, sentences: sentences[$0] ?? []) }
    }
}
