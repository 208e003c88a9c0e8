import Foundation
import Testing
import SiteModel
import Bilingual
import Normalize
import Extract
@testable import Site

/// What a careful reader recorded by hand for one text (Tests/Fixtures/gold for the seeds,
/// Tests/Fixtures/articles for articles written apart from the extractor).
struct Gold: Decodable {
    struct Person: Decodable { let name: String; let role: String?; let position: String? }
    struct Place: Decodable { let province: String?; let city: String?; let county: String? }
    struct Programs: Decodable { let required: [String]; let optional: [String]?; let notPrograms: [String]? }
    struct Number: Decodable { let value: Double; let upper: Double?; let unit: String; let subject: String?; let qualifier: String? }
    let title: String?
    let date: String?
    let authors: [Person]
    let outlet: String?
    let region: Place?
    let headings: [String]?
    let programs: Programs
    let notPrograms: [String]?
    let figures: [Number]
}

/// A text with its gold record and the document the pipeline made of it.
struct Scored {
    let name: String
    let gold: Gold
    let doc: Document
    /// People credited only as reviewers (`审核：汪立群`, `终审丨…`): annotators differ on whether a sign-off is
    /// an author credit (heldout4 lists them as 编辑, heldout26 and heldout58 leave them out), so either reading passes.
    var reviewers: Set<String> = []

    /// A `原创` post's account and the department a closing `来源：` names: annotators differ on which is the
    /// outlet (heldout10 and heldout45 keep the account, heldout53 the department), so either reading passes.
    var originalAndSource: Set<String> = []

    static func originalAndSource(in text: String) -> Set<String> {
        guard let account = text.firstMatch(of: /(?m)^原创\s+(?:[\p{Han}]{2,4}\s+)?([\p{Han}]{2,16})\s+\d{4}[-年.\/]/) else { return [] }
        let sources = text.matches(of: /(?m)^来源[:：]\s*([\p{Han}]{2,20})\s*$/).map { String($0.1) }
        return sources.isEmpty ? [] : Set([String(account.1)] + sources)
    }

    static func reviewers(in text: String) -> Set<String> {
        // (Also the label alone above the name, as media centres split credits: `审核` / `朱永平`, heldout58.)
        Set(text.matches(of: /(?:审核|审校|终审|初审|复审|[一二三]审)(?:\s*[:：丨|｜\/]\s*|[ \t\u3000]*\n\s*)([\p{Han}]{2,4})/).map { String($0.1) })
    }
}

enum GoldCorpus {
    /// Programs are compared without quote marks and spaces; a name also matches when one
    /// contains the other and the shorter has four or more characters (`五堂一站` ~ `五堂一站微民生工程`).
    static let kinds = ["品牌", "平台", "活动", "评选", "工程", "计划", "行动", "联盟", "驿站", "中心", "工作室", "服务站", "机制", "制度", "体系",
                        "应用", "系统", "比武", "竞赛", "服务队", "突击队", "志愿队", "宣讲团", "服务团", "站", "点", "小程序"]
    static func key(_ s: String) -> String { s.filter { !"“”‘’\"' ".contains($0) } }
    static func same(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        if x == y { return true }
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        // A name and the same name with its kind (`杜乡红` ~ `杜乡红志愿服务品牌`, `合力办` ~ `合力办党群服务平台`,
        // `仙梅帮` ~ `仙梅帮党员服务队`, `侨心桥` ~ `侨心桥联络站`: annotators differ on whether counted teams and
        // stations keep their kind; heldout7 and heldout14 keep the brand, heldout8 and heldout24 the kind).
        if short.count >= 2, long.hasPrefix(short), kinds.contains(where: { long.hasSuffix($0) }) { return true }
        guard short.count >= 4 else { return false }
        // The name with its kind after it (`五堂一站` ~ `五堂一站微民生工程`), or with its place or scope
        // before it (`亮旗争强三年行动计划` ~ `海曙区两新党建亮旗争强三年行动计划`); not with a verb before it.
        if long.hasPrefix(short) { return true }
        if long.hasSuffix(short) {
            let extra = long.dropLast(short.count)
            return ["区", "市", "县", "镇", "街道", "党建", "园区"].contains { extra.hasSuffix($0) }
        }
        return false
    }

    static func load(directory: URL, texts: (String) -> URL) async throws -> [Scored] {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".gold.json") }.sorted()
        var out: [Scored] = []
        for file in names {
            let stem = String(file.dropLast(".gold.json".count))
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: directory.appendingPathComponent(file)))
            let (docs, errors) = try await SiteBuilder.process(paths: [texts(stem).path], glossary: .builtIn)
            #expect(errors.isEmpty, "\(stem): \(errors)")
            // (A dirty text's credits are in traditional script: read its clean source when there is one.)
            let clean = directory.appendingPathComponent("clean/\(stem).txt")
            let text = (try? String(contentsOf: clean, encoding: .utf8)) ?? (try? String(contentsOf: texts(stem), encoding: .utf8)) ?? ""
            if let doc = docs.first { out.append(Scored(name: stem, gold: gold, doc: doc, reviewers: Scored.reviewers(in: text),
                                                  originalAndSource: Scored.originalAndSource(in: text))) }
        }
        return out
    }

    static var seeds: URL { Repo.root.appendingPathComponent("Tests/Fixtures/gold") }
    static var articles: URL { Repo.root.appendingPathComponent("Tests/Fixtures/articles") }
    /// The development articles, then every held-out batch (`heldout`, `heldout2`, …, in number order):
    /// each batch was measured once before any rule was changed for it (see its README).
    static func annotatedFolders() throws -> [URL] {
        let fixtures = Repo.root.appendingPathComponent("Tests/Fixtures")
        let batches = try FileManager.default.contentsOfDirectory(atPath: fixtures.path)
            .compactMap { name -> (Int, String)? in
                guard name.hasPrefix("heldout") else { return nil }
                return Int(name.dropFirst("heldout".count)).map { ($0, name) } ?? (name == "heldout" ? (1, name) : nil)
            }
            .sorted { $0.0 < $1.0 }
            .map { fixtures.appendingPathComponent($0.1) }
        return [articles] + batches
    }

    static func all() async throws -> [Scored] {
        let seedDocs = try await load(directory: seeds) { Repo.root.appendingPathComponent("seeds/\($0).txt") }
        var docs = seedDocs
        for folder in try annotatedFolders() {
            docs += try await load(directory: folder) { folder.appendingPathComponent("\($0).txt") }
        }
        return docs
    }

    /// A subject is right when one names the other (`人才` ~ `高端科研类人才`).
    static func subjectMatches(_ gold: String?, _ found: String?) -> Bool {
        guard let g = gold.map(key), let f = found.map(key), !g.isEmpty, !f.isEmpty else { return false }
        return g.contains(f) || f.contains(g)
    }

    /// 3100万元 is 31,000,000 元: readers keep 万元/亿元, the extractor multiplies them out.
    static func inYuan(_ value: Double, _ unit: String) -> (Double, String) {
        switch unit {
        case "万元": (value * 1e4, "元")
        case "亿元": (value * 1e8, "元")
        default: (value, unit)
        }
    }

    static func figureMatches(_ g: Gold.Number, _ f: Figure) -> Bool {
        let (gv, gu) = inYuan(g.value, g.unit), (fv, fu) = inYuan(f.value, f.unit)
        let upper = g.upper.map { inYuan($0, g.unit).0 }, fUpper = f.upper.map { inYuan($0, f.unit).0 }
        return abs(fv - gv) < 1e-6 * max(1, abs(gv)) && fu == gu && (upper == nil || abs((fUpper ?? .nan) - (upper ?? 0)) < 1e-6 * max(1, abs(upper ?? 0)))
    }
}

@Suite(.serialized) struct GoldTests {
    /// Every required program of every gold text, pooled: the issue asks for 90%.
    @Test func programRecallAgainstCarefulReading() async throws {
        let corpus = try await GoldCorpus.all()
        #expect(corpus.count >= 5)
        var found = 0, total = 0
        var misses: [String] = []
        for item in corpus {
            let names = item.doc.programs.map(\.zh)
            for name in item.gold.programs.required {
                total += 1
                if names.contains(where: { GoldCorpus.same($0, name) }) { found += 1 } else { misses.append("\(item.name.prefix(12)): \(name)") }
            }
            // Per text as well: one text far below the rest is a rule tuned to the others.
            let required = item.gold.programs.required
            let hit = required.filter { name in names.contains { GoldCorpus.same($0, name) } }.count
            #expect(required.isEmpty || Double(hit) / Double(required.count) >= 0.75, "\(item.name): \(hit)/\(required.count)")
        }
        let recall = Double(found) / Double(max(total, 1))
        print("program recall \(found)/\(total) = \(String(format: "%.3f", recall)); missed: \(misses.joined(separator: ", "))")
        #expect(recall >= 0.9, "recall \(recall); missed: \(misses)")
    }

    /// Quoted slogans, goals and national concepts the reader marked as no program.
    @Test func noSloganIsListedAsAProgram() async throws {
        let corpus = try await GoldCorpus.all()
        var wrong: [String] = []
        var listed = 0, unknown: [String] = []
        for item in corpus {
            let names = item.doc.programs.map(\.zh)
            let not = (item.gold.programs.notPrograms ?? []) + (item.gold.notPrograms ?? [])
            wrong += names.filter { n in not.contains { GoldCorpus.key($0) == GoldCorpus.key(n) } }.map { "\(item.name.prefix(12)): \($0)" }
            let known = item.gold.programs.required + (item.gold.programs.optional ?? [])
            listed += names.count
            unknown += names.filter { n in !known.contains { GoldCorpus.same($0, n) } }.map { "\(item.name.prefix(12)): \($0)" }
        }
        print("programs listed \(listed), outside the reader's lists \(unknown.count): \(unknown.joined(separator: ", "))")
        #expect(wrong.isEmpty, "\(wrong)")
        // Precision: nearly everything listed is something the reader listed too.
        #expect(Double(unknown.count) <= 0.15 * Double(listed), "\(unknown)")
    }

    /// Key figures: value, unit and range right for 80%, pooled.
    @Test func keyFiguresHaveTheRightValues() async throws {
        let corpus = try await GoldCorpus.all()
        var right = 0, total = 0, subjects = 0
        var misses: [String] = []
        for item in corpus {
            var pool = item.doc.figures
            for g in item.gold.figures {
                total += 1
                // Of equal numbers (`10个优秀单位和10个优秀科室`), the one about the same thing.
                let candidates = pool.indices.filter { GoldCorpus.figureMatches(g, pool[$0]) }
                guard let i = candidates.first(where: { GoldCorpus.subjectMatches(g.subject, pool[$0].subject) }) ?? candidates.first else {
                    misses.append("\(item.name.prefix(12)): \(g.value)\(g.unit) \(g.subject ?? "")"); continue
                }
                right += 1
                if GoldCorpus.subjectMatches(g.subject, pool[i].subject) { subjects += 1 }
                pool.remove(at: i)
            }
        }
        print("figures \(right)/\(total), subjects \(subjects)/\(right); missed: \(misses.joined(separator: ", "))")
        #expect(Double(right) >= 0.8 * Double(total), "\(misses)")
        #expect(Double(subjects) >= 0.6 * Double(right))
    }

    /// Title, date, authors, outlet and region exactly as the reader recorded them.
    @Test func metadataAsTheReaderRecordedIt() async throws {
        for item in try await GoldCorpus.all() {
            let g = item.gold, d = item.doc, n = item.name
            let authors = d.authors.filter { a in !item.reviewers.contains(a.name) || g.authors.contains { $0.name == a.name } }
            if let title = g.title { #expect(d.title.zh == title && !d.title.derived, "\(n) title \(d.title.zh)") } else {
                #expect(d.title.derived, "\(n): a composed title must be flagged, got \(d.title.zh)")
            }
            // Dates are kept to the minute; a reader may copy the seconds a page shows (heldout46 zixi) or not (heldout4 yixing).
            #expect(d.date == g.date || (g.date?.count == 19 && d.date == g.date.map { String($0.prefix(16)) }), "\(n) date \(d.date ?? "nil")")
            #expect(authors.map(\.name) == g.authors.map(\.name), "\(n) authors \(d.authors.map(\.name))")
            for (a, b) in zip(authors, g.authors) {
                #expect(a.role == b.role, "\(n) role of \(a.name): \(a.role ?? "nil")")
                if let p = b.position { #expect(a.position == p, "\(n) position \(a.position ?? "nil")") }
            }
            #expect(d.outlet?.zh == g.outlet || [d.outlet?.zh, g.outlet].allSatisfy { $0.map(item.originalAndSource.contains) ?? false },
                    "\(n) outlet \(d.outlet?.zh ?? "nil")")
            if let r = g.region {
                // A municipality is its own city: a reader may record its city as the municipality or leave it empty.
                let city = r.city ?? (r.province.map { ["北京市", "天津市", "上海市", "重庆市"].contains($0) } == true ? r.province : nil)
                #expect(d.region?.province == r.province && d.region?.city == city && d.region?.county == r.county,
                        "\(n) region \(String(describing: d.region))")
            }
            if let headings = g.headings {
                var got = d.blocks.filter { $0.kind == .heading }.map(\.zh)
                // A `——` subtitle under the title: heldout10, heldout11 and huangdao record it as a heading,
                // heldout36 as part of the title block; either reading passes.
                if let first = got.first, first.hasPrefix("——"), !headings.contains(first) { got.removeFirst() }
                #expect(got == headings, "\(n) headings \(got)")
            }
        }
    }
}

/// The hand-recorded articles made dirty the way the seeds are (traditional script with pinyin glued
/// after each converted character, ASCII punctuation, GBK misalignment): the same fields come out.
@Suite(.serialized) struct DirtyGoldTests {
    static func dirty(_ clean: String) throws -> String {
        let glued = try Corrupt.traditionalWithPinyin(clean)
        let ascii: [Character: Character] = ["，": ",", "；": ";", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")"]
        return String(glued.map { ascii[$0] ?? $0 })
    }

    @Test(arguments: ["traditional", "misaligned"])
    func dirtyArticlesGiveTheCleanArticlesFields(kind: String) async throws {
        let folder = temporaryFolder("sitegen-dirty-gold")
        defer { try? FileManager.default.removeItem(at: folder) }
        let clean = try await GoldCorpus.load(directory: GoldCorpus.articles) { GoldCorpus.articles.appendingPathComponent("\($0).txt") }
        #expect(clean.count >= 8)
        for item in clean {
            let text = try String(contentsOf: GoldCorpus.articles.appendingPathComponent("\(item.name).txt"), encoding: .utf8)
            let dirty = kind == "traditional" ? try Self.dirty(text) : Corrupt.misalign(text, every: 3).0
            #expect(dirty != text)
            try dirty.write(to: folder.appendingPathComponent("\(item.name).txt"), atomically: true, encoding: .utf8)
        }
        let scored = try await GoldCorpus.load(directory: GoldCorpus.articles) { folder.appendingPathComponent("\($0).txt") }
        var found = 0, total = 0
        for (c, d) in zip(clean, scored) {
            #expect(d.doc.date == c.doc.date && d.doc.outlet == c.doc.outlet && d.doc.region == c.doc.region, "\(c.name)")
            #expect(d.doc.authors.map(\.name) == c.doc.authors.map(\.name) && d.doc.title.zh == c.doc.title.zh, "\(c.name)")
            let names = d.doc.programs.map(\.zh)
            for name in c.gold.programs.required {
                total += 1
                if names.contains(where: { GoldCorpus.same($0, name) }) { found += 1 }
            }
            let figures = Set(d.doc.figures.map { "\($0.value)\($0.unit)" }), cleanFigures = Set(c.doc.figures.map { "\($0.value)\($0.unit)" })
            // Misalignment really loses bytes: a digit after a shifted span is swallowed with its lead byte.
            if kind == "traditional" { #expect(figures == cleanFigures, "\(c.name): \(figures.symmetricDifference(cleanFigures))") }
        }
        #expect(Double(found) >= 0.9 * Double(total), "\(found)/\(total)")
    }
}

/// Extraction never traps on text cut at random places: half quotes, brackets without their
/// partner, credits cut in the middle, numbers without units.
@Suite struct ExtractionRobustnessTests {
    @Test func randomCutsOfRealArticlesNeverTrap() throws {
        var generator = SplitMix64(seed: 20261122)
        let folder = GoldCorpus.articles
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
            .map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
        #expect(!texts.isEmpty)
        let marks: [Character] = ["“", "”", "《", "》", "（", "）", "(", ")", "、", "：", "丨", "●", "　", "7", "万"]
        for round in 0..<120 {
            var chars = Array(texts[round % texts.count])
            // Delete, duplicate and splice spans; drop in lone marks.
            for _ in 0..<12 where chars.count > 10 {
                let at = Int(generator.next() % UInt64(chars.count - 1))
                let n = min(Int(generator.next() % 40), chars.count - at)
                switch generator.next() % 3 {
                case 0: chars.removeSubrange(at..<(at + n))
                case 1: chars.insert(contentsOf: chars[at..<(at + n)], at: at)
                default: chars.insert(marks[Int(generator.next() % UInt64(marks.count))], at: at)
                }
            }
            let lines = String(chars).split(separator: "\n").map(String.init)
            let found = Extractor.extract(lines: lines)
            #expect(found.programs.allSatisfy { !$0.zh.isEmpty })
        }
    }
}
