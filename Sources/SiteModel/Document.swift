// The Document contract of ../shared/DESIGN.md ("Document JSON").
// Optional fields are always encoded (as null) so that every key of the contract is present.

public struct Document: Codable, Sendable, Equatable {
    public var id: String
    public var slug: String
    public var source: Source
    public var title: Title
    /// ISO 8601 date or date-time, or nil when the text gives none.
    public var date: String?
    public var authors: [Author]
    public var outlet: Outlet?
    public var region: Region?
    public var keywords: [String]
    public var blocks: [Block]
    public var programs: [Program]
    public var figures: [Figure]
    public var summary: Summary
    public var repairs: [Repair]
    public var warnings: [Warning]

    public init(
        id: String, slug: String, source: Source, title: Title, date: String? = nil,
        authors: [Author] = [], outlet: Outlet? = nil, region: Region? = nil, keywords: [String] = [],
        blocks: [Block] = [], programs: [Program] = [], figures: [Figure] = [],
        summary: Summary = Summary(), repairs: [Repair] = [], warnings: [Warning] = []
    ) {
        self.id = id; self.slug = slug; self.source = source; self.title = title; self.date = date
        self.authors = authors; self.outlet = outlet; self.region = region; self.keywords = keywords
        self.blocks = blocks; self.programs = programs; self.figures = figures
        self.summary = summary; self.repairs = repairs; self.warnings = warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(slug, forKey: .slug)
        try c.encode(source, forKey: .source)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(authors, forKey: .authors)
        try c.encode(outlet, forKey: .outlet)
        try c.encode(region, forKey: .region)
        try c.encode(keywords, forKey: .keywords)
        try c.encode(blocks, forKey: .blocks)
        try c.encode(programs, forKey: .programs)
        try c.encode(figures, forKey: .figures)
        try c.encode(summary, forKey: .summary)
        try c.encode(repairs, forKey: .repairs)
        try c.encode(warnings, forKey: .warnings)
    }
}

public struct Source: Codable, Sendable, Equatable {
    /// Path as the user gave it (relative to the working directory when possible).
    public var file: String
    public var encoding: String
    public var sha256: String
    public init(file: String, encoding: String, sha256: String) {
        self.file = file; self.encoding = encoding; self.sha256 = sha256
    }
}

public struct Title: Codable, Sendable, Equatable {
    public var zh: String
    public var en: String?
    /// True when the text has no title and this one was composed from its facts.
    public var derived: Bool
    /// True when the English title was composed from the facts (no editor's or glossary title).
    public var enDerived: Bool
    enum CodingKeys: String, CodingKey { case zh, en, derived, enDerived }
    public init(zh: String, en: String? = nil, derived: Bool, enDerived: Bool = false) {
        self.zh = zh; self.en = en; self.derived = derived; self.enDerived = enDerived
    }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        zh = try c.decode(String.self, forKey: .zh)
        en = try c.decodeIfPresent(String.self, forKey: .en)
        derived = try c.decode(Bool.self, forKey: .derived)
        enDerived = try c.decodeIfPresent(Bool.self, forKey: .enDerived) ?? false
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zh, forKey: .zh)
        try c.encode(en, forKey: .en)
        try c.encode(derived, forKey: .derived)
        try c.encode(enDerived, forKey: .enDerived)
    }
}

public struct Author: Codable, Sendable, Equatable {
    public var name: String
    public var role: String?
    public var position: String?
    public var en: String?
    public init(name: String, role: String? = nil, position: String? = nil, en: String? = nil) {
        self.name = name; self.role = role; self.position = position; self.en = en
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(role, forKey: .role)
        try c.encode(position, forKey: .position)
        try c.encode(en, forKey: .en)
    }
}

public struct Outlet: Codable, Sendable, Equatable {
    public var zh: String
    public var en: String?
    /// Issue of a periodical, e.g. "2018年8期".
    public var issue: String?
    public init(zh: String, en: String? = nil, issue: String? = nil) {
        self.zh = zh; self.en = en; self.issue = issue
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zh, forKey: .zh)
        try c.encode(en, forKey: .en)
        try c.encode(issue, forKey: .issue)
    }
}

public struct Region: Codable, Sendable, Equatable {
    public var province: String?
    public var city: String?
    public var county: String?
    public var en: String?
    public init(province: String? = nil, city: String? = nil, county: String? = nil, en: String? = nil) {
        self.province = province; self.city = city; self.county = county; self.en = en
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(province, forKey: .province)
        try c.encode(city, forKey: .city)
        try c.encode(county, forKey: .county)
        try c.encode(en, forKey: .en)
    }
}

public struct Block: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case heading, paragraph }
    public var kind: Kind
    public var zh: String
    public var en: String?
    /// A lead sentence that opens a paragraph ("持续建强组织体系。"), set in bold by pages.
    public var lead: String?
    public init(kind: Kind, zh: String, en: String? = nil, lead: String? = nil) {
        self.kind = kind; self.zh = zh; self.en = en; self.lead = lead
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(zh, forKey: .zh)
        try c.encode(en, forKey: .en)
        try c.encode(lead, forKey: .lead)
    }
}

public struct Program: Codable, Sendable, Equatable {
    public var zh: String
    public var en: String?
    public var pinyin: String?
    /// Sentences of the article that describe the program.
    public var sentences: [String]
    public init(zh: String, en: String? = nil, pinyin: String? = nil, sentences: [String] = []) {
        self.zh = zh; self.en = en; self.pinyin = pinyin; self.sentences = sentences
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zh, forKey: .zh)
        try c.encode(en, forKey: .en)
        try c.encode(pinyin, forKey: .pinyin)
        try c.encode(sentences, forKey: .sentences)
    }
}

public struct Figure: Codable, Sendable, Equatable {
    public var value: Double
    /// Upper bound of a range ("4400元至8700元"), else nil.
    public var upper: Double?
    public var unit: String
    /// Approximation word from the text (多, 余, 近, 超过), else nil.
    public var qualifier: String?
    public var subject: String?
    public var en: String?
    public var sentence: String
    /// The figure as the source writes it (`1164.48亿元`, `4万多名`), when extracted from text.
    public var text: String?
    public init(value: Double, upper: Double? = nil, unit: String, qualifier: String? = nil,
                subject: String? = nil, en: String? = nil, sentence: String, text: String? = nil) {
        self.value = value; self.upper = upper; self.unit = unit; self.qualifier = qualifier
        self.subject = subject; self.en = en; self.sentence = sentence; self.text = text
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(value, forKey: .value)
        try c.encode(upper, forKey: .upper)
        try c.encode(unit, forKey: .unit)
        try c.encode(qualifier, forKey: .qualifier)
        try c.encode(subject, forKey: .subject)
        try c.encode(en, forKey: .en)
        try c.encode(sentence, forKey: .sentence)
        try c.encode(text, forKey: .text)
    }
}

public struct Summary: Codable, Sendable, Equatable {
    public var zh: String?
    /// English summary as HTML-safe Markdown source (editor's sidecar) or generated text.
    public var en: String?
    /// "editor" when written by an editor in seeds/<stem>.en.md, "generated" otherwise.
    public var enSource: String?
    public init(zh: String? = nil, en: String? = nil, enSource: String? = nil) {
        self.zh = zh; self.en = en; self.enSource = enSource
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(zh, forKey: .zh)
        try c.encode(en, forKey: .en)
        try c.encode(enSource, forKey: .enSource)
    }
}

public struct Repair: Codable, Sendable, Equatable {
    public struct Example: Codable, Sendable, Equatable {
        public var before: String
        public var after: String
        public init(before: String, after: String) { self.before = before; self.after = after }
    }
    public var kind: String
    public var count: Int
    public var examples: [Example]
    public init(kind: String, count: Int, examples: [Example]) {
        self.kind = kind; self.count = count; self.examples = examples
    }
}

public struct Warning: Codable, Sendable, Equatable {
    public var kind: String
    public var context: String
    public init(kind: String, context: String) { self.kind = kind; self.context = context }
}
