@testable import Bilingual
import Foundation
import Site
import SiteModel
import Testing

@Suite("The English side")
struct BilingualTests {
    let glossary = Glossary.builtIn

    @Test func figuresReadAsAnAnalystWouldWriteThem() {
        func en(_ value: Double, _ unit: String, _ subject: String?, upper: Double? = nil, qualifier: String? = nil) -> String? {
            FigureEnglish.english(Figure(value: value, upper: upper, unit: unit, qualifier: qualifier, subject: subject, sentence: ""), glossary: glossary)
        }
        #expect(en(40000, "名", "党员", qualifier: "多") == "more than 40,000 Party members")
        #expect(en(154, "类", "惠企政策") == "154 categories of enterprise-support policies")
        #expect(en(4400, "元", nil, upper: 8700) == "4,400–8,700 yuan")
        #expect(en(116_448_000_000, "元", nil) == "116.45 billion yuan")
        #expect(en(1, "个", "党支部") == "1 Party branch")
        #expect(en(73, "个", nil) == nil, "a bare classifier says nothing in English")
        #expect(en(5, "个", "没有这个词条的东西") == nil, "never half Chinese")
    }

    @Test func pluralsTakeTheHeadNoun() {
        #expect(TermEnglish.plural("candidate for Party membership") == "candidates for Party membership")
        #expect(TermEnglish.plural("activist applying for Party membership") == "activists applying for Party membership")
        #expect(TermEnglish.plural("Party branch") == "Party branches")
        #expect(TermEnglish.plural("community") == "communities")
        #expect(TermEnglish.plural("yuan") == "yuan")
    }

    @Test func programNamesUseTheGlossaryThenPinyinWithAnEnglishHead() {
        #expect(EnglishNames.program("思源工程", glossary: glossary).en == "Siyuan Project")
        // A made-up name not in any glossary: pinyin of the specific part, English for the head.
        #expect(EnglishNames.program("明湖计划", glossary: Glossary()).en == "Minghu Plan")
        #expect(EnglishNames.program("红帆驿站", glossary: Glossary()).en == "Hongfan Station")
        // Word by word, with the apostrophe before a vowel syllable and the kind translated.
        #expect(EnglishNames.program("渔安码", glossary: Glossary()).en == "Yu'an Code")
        #expect(EnglishNames.program("四岗十五级发展体系", glossary: Glossary()).en.hasSuffix(" System"))
        // The glossary's English is a common noun phrase; as a program's name it is title-cased.
        #expect(EnglishNames.titleCased("heart-to-heart talks") == "Heart-to-Heart Talks")
        #expect(EnglishNames.titleCased("Fengling e-Home") == "Fengling e-Home")
        // Pinyin a word at a time with tones; a plan's period in brackets, Latin and digits kept whole.
        let plan = EnglishNames.program("百村强基三年行动计划（2022—2024年）", glossary: Glossary())
        #expect(plan.en.hasSuffix("Three-Year Action Plan (2022–2024)") && plan.pinyin.hasSuffix("(2022–2024)"), "\(plan)")
        #expect(EnglishNames.program("1+6+N党群服务体系", glossary: Glossary()).en.hasPrefix("1+6+N "))
        #expect(EnglishNames.program("百村强基工程", glossary: Glossary()).pinyin.hasSuffix(" Gōngchéng"))
        #expect(EnglishNames.titleCased("\"blood-making\" project of the year") == "\"Blood-Making\" Project of the Year")
    }

    @Test func namesAreWrittenTheEnglishWay() {
        #expect(PinyinText.personalName("顾志敏", glossary: Glossary()) == "Gu Zhimin")
        #expect(PinyinText.name("太仓", glossary: Glossary()) == "Taicang")
    }

    @Test func chineseSummaryIsWholeSentencesInOrder() throws {
        let paragraphs = [
            "太仓坚持党建引领高质量发展。全市4万多名党员冲在一线，",
            "思源工程让党员队伍结构不断优化。党员队伍结构优化以后，基层党建工作更有活力。",
            "动力工程实施以来，党员先锋力量被全面激发。",
        ]
        let summary = try #require(Summarizer.summary(of: paragraphs, limit: 60))
        #expect(summary.hasSuffix("。"))
        #expect(!summary.contains("全市4万多名党员冲在一线，"), "a comma fragment is not a sentence")
        #expect(summary.count <= 80)
    }

    @Test func everySeedHasTheContractsEnglishFields() async throws {
        let (docs, errors) = try await SiteBuilder.loadDocuments(seeds: Repo.seeds, glossary: .builtIn)
        #expect(errors.isEmpty)
        for doc in docs {
            #expect(doc.title.en?.isEmpty == false, "\(doc.id) title")
            #expect(doc.region?.en?.isEmpty == false, "\(doc.id) region")
            #expect(doc.summary.en?.isEmpty == false && doc.summary.zh?.isEmpty == false, "\(doc.id) summary")
            #expect(doc.programs.allSatisfy { $0.en != nil && $0.pinyin != nil }, "\(doc.id) programs")
            #expect(doc.authors.allSatisfy { $0.en != nil }, "\(doc.id) authors")
            #expect(doc.figures.compactMap(\.en).count >= 3, "\(doc.id) has \(doc.figures.compactMap(\.en).count) English figures")
            for text in [doc.title.en] + doc.figures.map(\.en) + doc.programs.map(\.en) + doc.authors.map(\.en) {
                #expect(!(text ?? "").unicodeScalars.contains { $0.properties.isIdeographic }, "Chinese inside English: \(text ?? "")")
            }
        }
    }

    @Test func aGeneratedFactSheetIsLabelledAndUsesOnlyFacts() async throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(atPath: Repo.seed("000"), toPath: dir.appendingPathComponent("x.txt").path)
        let (docs, _) = try await SiteBuilder.process(paths: [dir.appendingPathComponent("x.txt").path], glossary: .builtIn)
        let doc = try #require(docs.first)
        #expect(doc.summary.enSource == "generated")
        let sheet = try #require(doc.summary.en)
        #expect(sheet.contains("Taicang"))
        #expect(sheet.contains("25 December 2020"))
        #expect(sheet.contains("Gu Zhimin (chief reporter)"))
        #expect(doc.title.enDerived)
    }
}

@Suite("Reading aid")
struct ReadingAidTests {
    @Test func glossaryTermsAreMarkedWithEnglishAndPinyin() throws {
        var g = Glossary()
        try g.merge(tsv: "zh\ten\tpinyin\tnote\n基层党建\tgrassroots Party building\tjīcéng dǎngjiàn\t\n党\tParty\tdǎng\t\n", path: "t")
        let aid = ReadingAid(glossary: g)
        let html = aid.html("推进基层党建<b>")
        #expect(html.contains("<span class=\"term\" tabindex=\"0\" data-en=\"grassroots Party building\" data-py=\"jīcéng dǎngjiàn\""))
        #expect(html.contains(">基层党建</span>"))
        #expect(html.hasSuffix("&lt;b&gt;"), "text is escaped")
        #expect(!html.contains("data-en=\"Party\""), "single-character terms are not marked")
        let ruby = aid.html("推进", ruby: true)
        #expect(ruby == "<ruby>推<rp>(</rp><rt>tuī</rt><rp>)</rp></ruby><ruby>进<rp>(</rp><rt>jìn</rt><rp>)</rp></ruby>")
        // One syllable per Han character, glossary readings inside terms.
        #expect(aid.syllables("推进基层党建，O2O") == "tuī jìn jī céng dǎng jiàn")
    }

    @Test func pinyinWordsSplitIntoSyllables() {
        #expect(PinyinSyllables.split("dǎngjiàn") == ["dǎng", "jiàn"])
        #expect(PinyinSyllables.split("Tàicāng") == ["Tài", "cāng"])
        #expect(PinyinSyllables.split("xīān") == ["xī", "ān"])
    }
}
