import Foundation
import Ingest
import SiteModel
import Testing

@Suite("Ingest: encodings by evidence, clear errors for non-text")
struct IngestTests {
    static let sample = "基层党组织是党的全部工作和战斗力的基础。\n太仓市推进“思源工程”，全市4万多名党员。\n"
    static let traditional = "基層黨組織是黨的全部工作和戰鬥力的基礎。\n太倉市推進「思源工程」。\n"

    @Test(arguments: [TextEncoding.gb18030, .utf16LE, .utf16BE, .utf8BOM, .utf8])
    func decodesSimplifiedText(in encoding: TextEncoding) throws {
        var data = Data()
        switch encoding {
        case .utf16LE: data = Data([0xFF, 0xFE])
        case .utf16BE: data = Data([0xFE, 0xFF])
        case .utf8BOM: data = Data([0xEF, 0xBB, 0xBF])
        default: break
        }
        data += try #require(Self.sample.data(using: encoding.foundation))
        let decoded = try TextDecoder.decode(data).get()
        #expect(decoded.text == Self.sample)
        #expect(decoded.encoding == encoding)
    }

    @Test func decodesBig5TraditionalText() throws {
        let data = try #require(Self.traditional.data(using: TextEncoding.big5Foundation))
        let decoded = try TextDecoder.decode(data).get()
        #expect(decoded.encoding == .big5)
        #expect(decoded.text == Self.traditional)
    }

    @Test func normalizesCRLFAndCR() throws {
        let decoded = try TextDecoder.decode(Data("一行\r\n二行\r三行\n".utf8)).get()
        #expect(decoded.text == "一行\n二行\n三行\n")
        #expect(decoded.lineEnds == "mixed")
    }

    @Test func rejectsEmptyAndBinaryFiles() {
        #expect(throws: DecodeFailure.empty) { try TextDecoder.decode(Data()).get() }
        #expect(throws: DecodeFailure.empty) { try TextDecoder.decode(Data(" \n\r\n".utf8)).get() }
        #expect(throws: DecodeFailure.binary("PNG image")) {
            try TextDecoder.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0])).get()
        }
        #expect(throws: DecodeFailure.binary("contains NUL bytes")) {
            try TextDecoder.decode(Data("abc\u{0}def".utf8)).get()
        }
    }

    @Test func readErrorNamesTheFile() throws {
        let dir = temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("empty.txt").path
        FileManager.default.createFile(atPath: path, contents: Data())
        do {
            _ = try Ingest.read(path: path)
            Issue.record("an empty file must not be read as a document")
        } catch {
            #expect(error.description == "\(path): ingest: file is empty")
        }
    }

    @Test func seedsAreUTF8WithDigests() throws {
        let seed = try Ingest.read(path: Repo.seed("000"))
        #expect(seed.decoded.encoding == .utf8)
        #expect(seed.sha256.count == 64)
        #expect(seed.englishSidecar?.contains("title:") == true)
    }
}
