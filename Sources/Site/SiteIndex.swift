import Bilingual
import Extract
import Foundation
import SiteModel

/// The cross-document view of a site: programs, places and years, each with a stable slug.
/// Built once all documents are in; every page, the search index and the feeds read it.
struct SiteIndex: Sendable {
    /// A named program and every article that mentions it.
    struct ProgramEntry: Sendable {
        struct Mention: Sendable { var doc: Int; var sentences: [String] }
        var zh: String
        var en: String
        var pinyin: String
        var slug = ""
        var mentions: [Mention] = []
    }

    /// A place (province, city or county) that some article is about.
    struct PlaceEntry: Sendable {
        /// Full names from the province down: "江苏省/苏州市/太仓市".
        var key: String
        var name: String
        var short: String
        var en: String
        /// Toneless pinyin as the gazetteer writes it ("Taicang").
        var pinyin: String
        var level: String
        var parent: String?
        var children: [String] = []
        var slug = ""
        /// Articles about this place or a place inside it, newest first.
        var docs: [Int] = []
    }

    /// Documents, newest first (undated last, then by id).
    let docs: [Document]
    private(set) var programs: [ProgramEntry] = []
    private(set) var programByName: [String: Int] = [:]
    private(set) var places: [PlaceEntry] = []
    private(set) var placeByKey: [String: Int] = [:]
    /// The most specific place of each document (index into `places`).
    private(set) var docPlace: [Int: Int] = [:]
    /// Years with their documents, newest year first; undated documents under `SiteIndex.undated`.
    private(set) var years: [(year: String, docs: [Int])] = []

    static let undated = "undated"

    init(documents: [Document], glossary: Glossary, gazetteer: Gazetteer = .builtIn) {
        docs = documents.sorted { a, b in
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.id < b.id
            }
        }
        buildPrograms(glossary)
        buildPlaces(glossary, gazetteer)
        buildYears()
    }

    // MARK: programs

    private mutating func buildPrograms(_ glossary: Glossary) {
        var order: [String] = []
        var byName: [String: ProgramEntry] = [:]
        for (i, doc) in docs.enumerated() {
            for p in doc.programs {
                if byName[p.zh] == nil {
                    order.append(p.zh)
                    byName[p.zh] = ProgramEntry(zh: p.zh, en: p.en ?? EnglishNames.program(p.zh, glossary: glossary).en,
                                                pinyin: p.pinyin ?? PinyinText.syllables(p.zh, glossary: glossary))
                }
                if let j = byName[p.zh]!.mentions.firstIndex(where: { $0.doc == i }) {
                    byName[p.zh]!.mentions[j].sentences += p.sentences.filter { !byName[p.zh]!.mentions[j].sentences.contains($0) }
                } else {
                    byName[p.zh]!.mentions.append(.init(doc: i, sentences: p.sentences))
                }
            }
        }
        // Slugs are given in the order of the names, not of the articles, so that a new
        // article cannot move an existing program to another address.
        var entries = order.sorted().map { byName[$0]! }
        let slugs = Slugs.unique(entries.map { (key: $0.zh, base: Slugs.program($0.zh, glossary: glossary), fallback: nil) })
        for i in entries.indices { entries[i].slug = slugs[i] }
        entries.sort { (PinyinText.toneless($0.pinyin).lowercased(), $0.zh) < (PinyinText.toneless($1.pinyin).lowercased(), $1.zh) }
        programs = entries
        programByName = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.zh, $0) })
    }

    // MARK: places

    /// Full names of a region from the province down, without the repeated name of a
    /// municipality (北京市 is both province and city).
    static func chain(_ region: Region) -> [String] {
        var out: [String] = []
        for name in [region.province, region.city, region.county].compactMap({ $0 }) where out.last != name && !name.isEmpty {
            out.append(name)
        }
        return out
    }

    private mutating func buildPlaces(_ glossary: Glossary, _ gazetteer: Gazetteer) {
        var entries: [String: PlaceEntry] = [:]
        var order: [String] = []
        var deepest: [Int: String] = [:]
        for (i, doc) in docs.enumerated() {
            guard let region = doc.region else { continue }
            let names = Self.chain(region)
            for level in names.indices {
                let key = names[...level].joined(separator: "/")
                if entries[key] == nil {
                    let parents = Array(names[..<level])
                    let unit = gazetteer.unit(fullName: names[level], parents: parents)
                    let pinyin = unit?.pinyin ?? PinyinText.name(names[level], glossary: glossary)
                    entries[key] = PlaceEntry(
                        key: key, name: names[level], short: unit?.short ?? names[level], en: unit?.en ?? pinyin,
                        pinyin: pinyin, level: unit?.level.rawValue ?? ["province", "city", "county"][min(level, 2)],
                        parent: level == 0 ? nil : names[..<level].joined(separator: "/"))
                    order.append(key)
                    if level > 0 { entries[names[..<level].joined(separator: "/")]!.children.append(key) }
                }
                entries[key]!.docs.append(i)
                deepest[i] = key
            }
        }
        // Slugs: the gazetteer's pinyin; a clash goes to the place that sorts first, the others
        // get their parent's pinyin appended (jiangbei, jiangbei-ningbo).
        let sortedKeys = order.sorted()
        let slugs = Slugs.unique(sortedKeys.map { key in
            let e = entries[key]!
            return (key: key, base: Slugs.ascii(e.pinyin).isEmpty ? Slugs.ascii(PinyinText.slug(e.name, glossary: glossary)) : Slugs.ascii(e.pinyin),
                    fallback: e.parent.flatMap { entries[$0] }.map { Slugs.ascii($0.pinyin) })
        })
        for (key, slug) in zip(sortedKeys, slugs) { entries[key]!.slug = slug }
        // Tree order: provinces by pinyin, children under their parents.
        func byPinyin(_ keys: [String]) -> [String] {
            keys.sorted { (entries[$0]!.pinyin.lowercased(), $0) < (entries[$1]!.pinyin.lowercased(), $1) }
        }
        var flat: [String] = []
        func visit(_ key: String) {
            flat.append(key)
            entries[key]!.children = byPinyin(entries[key]!.children)
            for c in entries[key]!.children { visit(c) }
        }
        for root in byPinyin(order.filter { entries[$0]!.parent == nil }) { visit(root) }
        places = flat.map { entries[$0]! }
        placeByKey = Dictionary(uniqueKeysWithValues: places.enumerated().map { ($1.key, $0) })
        docPlace = deepest.compactMapValues { placeByKey[$0] }
    }

    /// Ancestors of a place, outermost first, then the place itself.
    func placePath(_ index: Int) -> [Int] {
        var path = [index]
        while let parent = places[path[0]].parent, let p = placeByKey[parent] { path.insert(p, at: 0) }
        return path
    }

    // MARK: years

    private mutating func buildYears() {
        var byYear: [String: [Int]] = [:]
        for (i, doc) in docs.enumerated() { byYear[Self.year(of: doc), default: []].append(i) }
        years = byYear.keys.sorted { a, b in
            if a == Self.undated { return false }
            if b == Self.undated { return true }
            return a > b
        }.map { ($0, byYear[$0]!) }
    }

    static func year(of doc: Document) -> String {
        guard let d = doc.date, d.count >= 4, d.prefix(4).allSatisfy(\.isASCII), Int(d.prefix(4)) != nil else { return undated }
        return String(d.prefix(4))
    }

    /// Programs mentioned by one document, in its own order.
    func programs(of doc: Document) -> [Int] {
        var seen = Set<Int>()
        return doc.programs.compactMap { programByName[$0.zh] }.filter { seen.insert($0).inserted }
    }

    /// Places of the articles that mention a program (most specific ones), in first-mention order.
    func places(ofProgram p: Int) -> [Int] {
        var seen = Set<Int>()
        return programs[p].mentions.compactMap { docPlace[$0.doc] }.filter { seen.insert($0).inserted }
    }

    /// Programs mentioned by articles about a place (or places inside it).
    func programs(inPlace index: Int) -> [Int] {
        let docSet = Set(places[index].docs)
        return programs.indices.filter { p in programs[p].mentions.contains { docSet.contains($0.doc) } }
    }
}

/// Readable ASCII slugs: lowercase letters, digits and hyphens.
enum Slugs {
    static func ascii(_ s: String) -> String {
        let latin = PinyinText.toneless(s).lowercased()
        var out = ""
        var hyphen = false
        for scalar in latin.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) {
                if hyphen, !out.isEmpty { out.append("-") }
                hyphen = false
                out.unicodeScalars.append(scalar)
            } else {
                hyphen = true
            }
        }
        return out
    }

    /// 思源工程 → siyuan-gongcheng (the glossary's word division), else one hyphen per syllable.
    static func program(_ zh: String, glossary: Glossary) -> String {
        capped(ascii(PinyinText.slug(zh, glossary: glossary)))
    }

    /// At most `limit` characters, cut at a hyphen: long names make unwieldy addresses.
    static func capped(_ slug: String, limit: Int = 48) -> String {
        guard slug.count > limit else { return slug }
        let head = slug.prefix(limit)
        if let cut = head.lastIndex(of: "-") { return String(head[..<cut]) }
        return String(head)
    }

    /// Slugs for `items` in order: the first item (in the caller's order) with a base keeps it;
    /// later ones get `-<fallback>` and then `-2`, `-3` … until unique. Empty bases become "item".
    static func unique(_ items: [(key: String, base: String, fallback: String?)]) -> [String] {
        var taken = Set<String>()
        var out: [String] = []
        for item in items {
            let base = item.base.isEmpty ? "item" : item.base
            var candidate = base
            if taken.contains(candidate), let f = item.fallback, !f.isEmpty, f != base { candidate = "\(base)-\(f)" }
            var n = 2
            let stem = candidate
            while taken.contains(candidate) { candidate = "\(stem)-\(n)"; n += 1 }
            taken.insert(candidate)
            out.append(candidate)
        }
        return out
    }
}
