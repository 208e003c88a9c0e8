import Foundation
import SiteModel
import Normalize

/// Chinese administrative divisions (Resources/gazetteer.tsv) with pinyin and English names.
public struct Gazetteer: Sendable {
    /// `town` rows (towns, townships, subdistricts) count for their county; `alias` rows name a unit
    /// by another name (a development zone for its city).
    public enum Level: String, Sendable { case province, city, county, alias, town }

    public struct Unit: Sendable, Equatable {
        public var level: Level
        public var name: String
        public var short: String
        /// Full names of the ancestors, outermost first.
        public var parents: [String]
        public var pinyin: String
        public var en: String
    }

    public let units: [Unit]
    private let byName: [String: [Int]]
    /// Town stems by the path of their county (`浙江省/嘉兴市/海盐县` → 武原, …).
    private let townStemsByCounty: [[String]: [String]]

    public init(tsv: String) {
        var units: [Unit] = []
        for line in tsv.split(separator: "\n").dropFirst() {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count == 6, let level = Level(rawValue: f[0]) else { continue }
            units.append(Unit(level: level, name: f[1], short: f[2],
                              parents: f[3].isEmpty ? [] : f[3].split(separator: "/").map(String.init),
                              pinyin: f[4], en: f[5]))
        }
        var byName: [String: [Int]] = [:]
        for (i, u) in units.enumerated() {
            byName[u.name, default: []].append(i)
            if u.short != u.name { byName[u.short, default: []].append(i) }
        }
        var towns: [[String]: [String]] = [:]
        for u in units where u.level == .town {
            guard let suffix = Gazetteer.townSuffix(of: u.name), u.name.count - suffix.count >= 2 else { continue }
            towns[u.parents, default: []].append(String(u.name.dropLast(suffix.count)))
        }
        self.units = units
        self.byName = byName
        self.townStemsByCounty = towns
        var lengths: [Character: Set<Int>] = [:]
        for name in byName.keys where name.count >= 2 { if let f = name.first { lengths[f, default: []].insert(name.count) } }
        self.nameLengthsByFirst = lengths.mapValues { $0.sorted(by: >) }
    }

    /// The word that makes a name a town, township or subdistrict (街道, 镇, 乡), if it ends in one.
    static func townSuffix(of name: String) -> String? { ["街道", "镇", "乡"].first { name.hasSuffix($0) } }

    /// The gazetteer shipped with sitegen.
    public static let builtIn: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return Gazetteer(tsv: "") }
        return Gazetteer(tsv: text)
    }()

    /// The stems of the towns, townships and subdistricts within a unit (武原 of 武原街道), two characters or more.
    public func townStems(within unit: Unit) -> Set<String> {
        let path = unit.parents + [unit.name]
        var stems = Set<String>()
        for (county, names) in townStemsByCounty where county.starts(with: path) { stems.formUnion(names) }
        return stems
    }

    public func units(named name: String) -> [Unit] { (byName[name] ?? []).map { units[$0] } }

    /// Every name (full and short, at least two characters) to look for in text.
    public var searchNames: [String] { byName.keys.filter { $0.count >= 2 }.sorted() }
    /// Lengths of the names (two or more characters) starting with each character, longest first.
    let nameLengthsByFirst: [Character: [Int]]

    public func unit(fullName: String, parents: [String]) -> Unit? {
        units(named: fullName).first { $0.name == fullName && $0.parents == parents }
    }
}

/// Finds the place an article is about: the most-mentioned division, filled out with its
/// ancestors. Names shared by several units, or no place at all, give a warning instead of a guess.
public enum RegionFinder {
    public struct Found: Sendable {
        public var region: Region?
        public var unit: Gazetteer.Unit?
        public var warnings: [Warning]
        /// The place as the text names it: a development zone's alias rather than its city.
        public var mentioned: Gazetteer.Unit? = nil
        /// Every gazetteer name the text mentions (the programs read them as places inside names).
        public var names: Set<String> = []
    }

    /// `context` holds metadata lines (the publisher's line, the outlet): their places never count as
    /// mentions but settle which of several same-named units the text means (`中共石家庄市桥西区委组织部`
    /// makes the body's 桥西区 石家庄's).
    public static func find(in lines: [String], context: [String] = [], gazetteer: Gazetteer = .builtIn) -> Found {
        var scores: [String: (unit: Gazetteer.Unit, count: Int)] = [:]
        var ambiguous: [String] = []
        var counts = mentions(in: lines, gazetteer: gazetteer)
        // A text that names a town (柳江镇) and then calls it by its stem (柳江先锋, 建设柳江) means the town,
        // not a county elsewhere that has that short name (柳州市柳江区).
        for name in counts.keys.sorted() where gazetteer.units(named: name).contains(where: { $0.level == .town }) {
            guard let suffix = Gazetteer.townSuffix(of: name) else { continue }
            let stem = String(name.dropLast(suffix.count))
            if let n = counts[stem], !gazetteer.units(named: stem).contains(where: { $0.level == .town }) {
                counts[name, default: 0] += n
                counts[stem] = nil
            }
        }
        // Places named without doubt: a name shared by several units counts for the one whose city or
        // province the text also names (南山 with 深圳 is 深圳市南山区, not 鹤岗市南山区).
        var certain: Set<String> = []
        for name in Set(counts.keys).union(mentions(in: context, gazetteer: gazetteer).keys) {
            let candidates = gazetteer.units(named: name)
            if Set(candidates.map { ($0.parents + [$0.name]).joined(separator: "/") }).count == 1, let u = candidates.first {
                certain.insert(resolved(u, gazetteer).name)
                certain.formUnion(resolved(u, gazetteer).parents)
            }
        }
        for (name, count) in counts.sorted(by: { $0.key < $1.key }) {
            var candidates = gazetteer.units(named: name)
            var distinct = Dictionary(grouping: candidates, by: { ($0.parents + [$0.name]).joined(separator: "/") })
            if distinct.count > 1 {
                // The unit under the most specific place the text names for sure: 桥西区 with 石家庄市 is
                // 石家庄's, though 张家口's 桥西区 is in 河北省 too. A town needs its city or county named,
                // not only its province (the gazetteer lacks many towns, so a province says little).
                func depth(_ u: Gazetteer.Unit) -> Int {
                    let d = (u.parents.lastIndex(where: certain.contains) ?? -1) + 1
                    return u.level == .town && d < 2 ? 0 : d
                }
                let deepest = candidates.map(depth).max() ?? 0
                candidates = deepest == 0 ? [] : candidates.filter { depth($0) == deepest }
                distinct = Dictionary(grouping: candidates, by: { ($0.parents + [$0.name]).joined(separator: "/") })
            }
            guard distinct.count == 1, let unit = candidates.first else {
                ambiguous.append(name)
                continue
            }
            // A town's mentions are its county's (石浦镇 → 象山县).
            let counted = unit.level == .town ? resolved(unit, gazetteer) : unit
            let key = (counted.parents + [counted.name]).joined(separator: "/")
            scores[key, default: (counted, 0)].count += count
        }
        // The most-mentioned unit wins; ties go to the deeper unit, then the name.
        let ranked = scores.values.sorted { a, b in
            let ka = (a.unit.parents + [a.unit.name]).joined(separator: "/")
            let kb = (b.unit.parents + [b.unit.name]).joined(separator: "/")
            if a.count != b.count { return a.count > b.count }
            if a.unit.parents.count != b.unit.parents.count { return a.unit.parents.count > b.unit.parents.count }
            return ka < kb
        }
        var warnings: [Warning] = []
        // A body that names no place is from where its metadata says (the writer's post `中共习水县委书记`,
        // the issuing department).
        if ranked.isEmpty, !context.isEmpty {
            let fallback = find(in: context, gazetteer: gazetteer)
            if fallback.unit != nil { return Found(region: fallback.region, unit: fallback.unit, warnings: [], mentioned: fallback.mentioned, names: Set(counts.keys)) }
        }
        guard let best = ranked.first?.unit else {
            warnings.append(Warning(kind: "unknown-region", context: ambiguous.isEmpty
                ? "no place name from the gazetteer in the text"
                : "only ambiguous place names: \(ambiguous.prefix(5).joined(separator: "、"))"))
            return Found(region: nil, unit: nil, warnings: warnings, names: Set(counts.keys))
        }
        return Found(region: region(for: best, gazetteer: gazetteer), unit: resolved(best, gazetteer), warnings: warnings, mentioned: best,
                     names: Set(counts.keys))
    }

    /// Gazetteer names mentioned in the lines, with how often.
    static func mentions(in lines: [String], gazetteer: Gazetteer) -> [String: Int] {
        // One left-to-right scan taking the longest name at each position, so that a name inside
        // a longer one (苏锡 inside 苏锡通园区) is not counted too.
        let lengths = gazetteer.nameLengthsByFirst
        var counts: [String: Int] = [:]
        for line in lines {
            let chars = Array(line)
            var i = 0
            while i < chars.count {
                var found: String?
                for n in lengths[chars[i]] ?? [] where i + n <= chars.count {
                    let candidate = String(chars[i..<(i + n)])
                    if !gazetteer.units(named: candidate).isEmpty { found = candidate; break }
                }
                // A two-character full name (范县, 城区) inside a word (示范县, 老城区) is no mention.
                if let name = found, name.count == 2, "县区旗".contains(name.last ?? " "), i > 0,
                   Lexicon.frequency(String([chars[i - 1], chars[i]])) > 0 {
                    found = nil
                }
                // A short name that is also an everyday word, read across a word boundary (海上|党小组 holds
                // 上党), is no mention.
                // The same holds for a place name read across two words on both sides (稳定|海上 holds 定海).
                if let name = found, name.count == 2, i > 0, Lexicon.frequency(String([chars[i - 1], chars[i]])) > 0,
                   !(Lexicon.partOfSpeech(name) ?? "ns").hasPrefix("ns")
                    || (i + 2 < chars.count && Lexicon.frequency(String([chars[i + 1], chars[i + 2]])) > 0) {
                    found = nil
                }
                // A short name before 路, 街, 巷 or 亭 names a street or a landmark (南京路, 曲水亭街), not the place.
                if let name = found, i + name.count < chars.count, "路街巷亭".contains(chars[i + name.count]),
                   !gazetteer.units(named: name).contains(where: { $0.name == name }) {
                    found = nil
                }
                if let found { counts[found, default: 0] += 1; i += found.count } else { i += 1 }
            }
        }
        return counts
    }

    /// An alias stands for the unit its parent path names.
    static func resolved(_ unit: Gazetteer.Unit, _ g: Gazetteer) -> Gazetteer.Unit {
        guard unit.level == .alias || unit.level == .town, let last = unit.parents.last,
              let target = g.unit(fullName: last, parents: Array(unit.parents.dropLast())) else { return unit }
        return target
    }

    static func region(for found: Gazetteer.Unit, gazetteer g: Gazetteer) -> Region {
        let unit = resolved(found, g)
        let path = unit.parents + [unit.name]
        var chain: [Gazetteer.Unit] = []
        for i in path.indices {
            if let u = g.unit(fullName: path[i], parents: Array(path[..<i])) { chain.append(u) }
        }
        var region = Region()
        for u in chain {
            switch u.level {
            case .province: region.province = u.name
            case .city: region.city = u.name
            case .county: region.county = u.name
            case .alias, .town: break
            }
        }
        // Municipalities are both province and city.
        if region.city == nil, region.county != nil, let p = chain.first, p.name.hasSuffix("市") { region.city = p.name }
        region.en = chain.reversed().map(\.en).joined(separator: ", ")
        return region
    }
}
