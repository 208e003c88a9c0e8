import Foundation
import Normalize
import Site
import Testing

@Suite("Normalize passes, each on its own")
struct NormalizePassTests {
    @Test func stripsGluedPinyinAnnotations() {
        var log = RepairLog()
        let out = PinyinAnnotations.strip("關(guān)鍵時(shí)刻主動(dòng)站出來(lái)", log: &log)
        #expect(out == "關鍵時刻主動站出來")
        #expect(log.count(of: .pinyinAnnotation) == 4)
    }

    @Test func keepsParenthesisedLatinThatIsNotAReading() {
        var log = RepairLog()
        let text = "线上线下(O2O)模式，党建(app)平台，苏州(SIP)"
        #expect(PinyinAnnotations.strip(text, log: &log) == text)
        #expect(log.count(of: .pinyinAnnotation) == 0)
    }

    @Test func acceptsTonelessReadingOnlyWhenItIsTheCharactersOwn() {
        var log = RepairLog()
        #expect(PinyinAnnotations.strip("中(zhong)国", log: &log) == "中国")
        #expect(PinyinAnnotations.strip("中(ma)国", log: &log) == "中(ma)国")
    }

    @Test func dropsJunkCommasBeforePunctuation() {
        var log = RepairLog()
        let out = Punctuation.dropJunkCommas("站出来,,代表太仓,。主责,、突出‘调子’,?”", log: &log)
        #expect(out == "站出来,代表太仓。主责、突出‘调子’?”")
        #expect(log.count(of: .junkComma) == 4)
    }

    @Test func widensASCIIPunctuationInChineseText() {
        var log = RepairLog()
        let out = Punctuation.widen("他说:今年来,太仓坚持;好吗?好!(太仓首席记者 顾志敏)", log: &log)
        #expect(out == "他说：今年来，太仓坚持；好吗？好！（太仓首席记者 顾志敏）")
    }

    @Test func keepsASCIIInsideNonChineseTokens() {
        var log = RepairLog()
        let text = "制定了“1+7”系列文件，3+3+N体系，O2O，增长15.4%，总值1164.48亿元，2018-08-02 06:05，https://m.39.net/pf/a_6010154.html，1,000人"
        #expect(Punctuation.widen(text, log: &log) == text)
        #expect(log.count(of: .punctuation) == 0)
    }

    @Test func normalizerConvertsScriptAndAppliesOverrides() throws {
        let n = try Normalizer()
        let out = n.normalize("以創新思維著力解決問(wèn)題,,在崑山。")
        #expect(out.text == "以创新思维着力解决问题，在昆山。")
        #expect(out.repairs.map(\.kind).contains("script-override"))
    }

    @Test func simplifiedTextPassesThroughUnchanged() throws {
        let n = try Normalizer()
        let text = "坚持党的领导是一切工作的核心，以“建机制、立体系”为抓手。\n今年上半年园区地区生产总值预计同比增长15.4%。"
        #expect(n.normalize(text).text == text)
        #expect(!Script.containsTraditional(text))
    }
}

@Suite("Seeds against the editor's references")
struct ReferenceTests {
    /// The body text of every seed matches the hand-made reference (Tests/Fixtures/reference)
    /// to at least 99.5% character similarity.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func bodyMatchesTheEditorsReference(seed: String) async throws {
        let reference = try #require(Repo.reference(seed)).trimmingCharacters(in: .whitespacesAndNewlines)
        let (docs, errors) = try await SiteBuilder.process(paths: [Repo.seed(seed)], glossary: .init())
        #expect(errors.isEmpty)
        let body = try #require(docs.first).blocks.map(\.zh).joined(separator: "\n")
        let score = similarity(body, reference)
        #expect(score >= 0.995, "similarity \(score)")
    }

    @Test func allMisalignmentSpansAreRepairedWithTheRightLostCharacters() async throws {
        let (docs, _) = try await SiteBuilder.process(paths: [Repo.seed("000"), Repo.seed("003")], glossary: .init())
        let text = docs.flatMap(\.blocks).map(\.zh).joined(separator: "\n")
        for fixed in ["下一站上海”成为太仓的鲜明标识", "是基层党组织的魂。基层党组织的政治功能", "让堡垒硬起来。基层党组织工作",
                      "让党建活起来。基层党建的生命力", "“百创汇海”人才引育生态", "省委组织部两项试点工作"] {
            #expect(text.contains(fixed), "missing \(fixed)")
        }
        #expect(!text.contains("?"))
        #expect(!text.contains("\u{FFFD}"))
    }
}
