import Foundation
import Normalize
import SiteModel
import Testing

@Suite("Mojibake repairs, on the seeds' spans and on generated corruptions")
struct MojibakeTests {
    @Test func repairsTheSeedsMisalignmentSpans() {
        var log = RepairLog()
        let doc = "讓“上海下一站,下一站上?!背蔀樘珎}的鮮明標識。太倉對接上海。"
        #expect(Mojibake.repairGBKMisalignment(doc, log: &log) == "讓“上海下一站,下一站上海”成為太倉的鮮明標識。太倉對接上海。")
        let soul = "是基層黨組織的魂?;鶎狱h組織的政治功能強不強"
        #expect(Mojibake.repairGBKMisalignment(soul, log: &log) == "是基層黨組織的魂。基層黨組織的政治功能強不強")
        #expect(log.count(of: .gbkMisalignment) == 2)
    }

    @Test func leavesARealQuestionMarkAlone() {
        var log = RepairLog()
        let text = "新時代的農業農村應該走什麼‘路子’?”他問?好"
        #expect(Mojibake.repairGBKMisalignment(text, log: &log) == text)
        #expect(log.count(of: .gbkMisalignment) == 0)
    }

    @Test func repairsAnnotationInsideAGBKCharacter() {
        var log = RepairLog()
        let text = "省委組織部?jī)身?xiàng)試點工作。兩項試點工作是最好的證明。"
        #expect(Mojibake.repairBrokenAnnotations(text, log: &log) == "省委組織部兩項試點工作。兩項試點工作是最好的證明。")
        let burden = "要挑重擔、扛重責。黨員要敢挑重?fù)?dān)。"
        #expect(Mojibake.repairBrokenAnnotations(burden, log: &log) == "要挑重擔、扛重責。黨員要敢挑重擔。")
        #expect(log.count(of: .brokenAnnotation) == 2)
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func recoversGeneratedMisalignment(seed: String) throws {
        let clean = try #require(Repo.reference(seed))
        let (corrupted, damaged) = Corrupt.misalign(clean, every: 3)
        #expect(damaged > 0)
        #expect(corrupted != clean)
        var log = RepairLog()
        let repaired = Mojibake.repairGBKMisalignment(corrupted, log: &log)
        let score = similarity(repaired, clean)
        #expect(score >= 0.98, "similarity \(score) after \(damaged) injected misalignments")
        #expect(score > similarity(corrupted, clean))
    }

    @Test(arguments: ["000", "003", "004"])
    func recoversUTF8ReadAsGBK(seed: String) throws {
        let clean = try #require(Repo.reference(seed))
        let corrupted = Corrupt.utf8AsGBK(clean)
        var log = RepairLog()
        let repaired = Mojibake.repairUTF8ReadAsGBK(corrupted, log: &log)
        let score = similarity(repaired, clean)
        // Bytes of invalid GBK pairs are truly lost (one `?` for two bytes).
        #expect(score >= 0.95, "similarity \(score)")
        #expect(log.count(of: .mojibakeUTF8AsGBK) > 0)
    }

    @Test(arguments: ["001", "002"])
    func recoversUTF8ReadAsLatin1(seed: String) throws {
        let clean = try #require(Repo.reference(seed))
        var log = RepairLog()
        let repaired = Mojibake.repairUTF8ReadAsLatin1(Corrupt.utf8AsCP1252(clean), log: &log)
        #expect(repaired == clean)
    }

    @Test func latin1RepairLeavesRealLatinTextAlone() {
        var log = RepairLog()
        let text = "Café « déjà » — naïve façade, 50 €, Zürich"
        #expect(Mojibake.repairUTF8ReadAsLatin1(text, log: &log) == text)
        #expect(Mojibake.repairUTF8ReadAsGBK("基层党组织是党的全部工作的基础。", log: &log) == "基层党组织是党的全部工作的基础。")
    }
}

@Suite("Generated corruptions through the whole normalizer")
struct NormalizerCorruptionTests {
    /// Clean simplified text → traditional (OpenCC s2t) with the reading glued after every
    /// converted character, as the seeds' source pages did → back to the clean text.
    @Test(arguments: ["001", "003", "004"])
    func recoversTraditionalWithGluedPinyin(seed: String) throws {
        let clean = try #require(Repo.reference(seed))
        let glued = try Corrupt.traditionalWithPinyin(clean)
        #expect(glued != clean)
        let normalized = try Normalizer().normalize(glued).text
        let score = similarity(normalized, clean.trimmingCharacters(in: .newlines))
        #expect(score >= 0.98, "similarity \(score)")
    }

    /// No input bytes crash the normalizer (random bytes, read as UTF-8 and as GBK).
    @Test func arbitraryBytesNeverCrash() throws {
        var generator = SplitMix64(seed: 20261122)
        let normalizer = try Normalizer()
        for _ in 0..<150 {
            let count = Int(generator.next() % 400)
            let bytes = (0..<count).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let out = normalizer.normalize(String(decoding: bytes, as: UTF8.self) + Corrupt.lenientGBK(bytes))
            #expect(!out.lines.contains { $0.isEmpty })
        }
    }

    /// Normalizing real text twice changes nothing more: the seeds, the references and every
    /// generated corruption of them.
    @Test(arguments: ["000", "001", "002", "003", "004"])
    func normalizingTextIsIdempotent(seed: String) throws {
        let normalizer = try Normalizer()
        let reference = try #require(Repo.reference(seed))
        let raw = try String(contentsOfFile: Repo.seed(seed), encoding: .utf8)
        for text in [raw, reference, Corrupt.misalign(reference, every: 3).0, Corrupt.utf8AsGBK(reference), Corrupt.utf8AsCP1252(reference)] {
            let once = normalizer.normalize(text).text
            #expect(normalizer.normalize(once).text == once)
        }
    }
}

/// A small deterministic generator so the property test is reproducible.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
