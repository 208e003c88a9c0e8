import Foundation
import SiteModel

/// One input text: where it came from, its bytes' digest and its decoded text.
public struct SeedFile: Sendable {
    /// File name without `.txt`, used as the Document id.
    public var stem: String
    /// Path as shown to the user.
    public var path: String
    public var sha256: String
    public var decoded: DecodedText
    /// Editor's English sidecar (`<stem>.en.md`), when present.
    public var englishSidecar: String?
}

public enum Ingest {
    /// The `.txt` files of a folder, sorted by name so builds are deterministic.
    public static func seedPaths(in folder: String) throws(SitegenError) -> [String] {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw SitegenError(.ingest, path: folder, "seeds folder not found")
        }
        let names: [String]
        do { names = try fm.contentsOfDirectory(atPath: folder) } catch {
            throw SitegenError(.ingest, path: folder, "cannot list seeds folder (\(error.localizedDescription))")
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }

    /// Reads and decodes one seed; a failure names the file and the reason.
    public static func read(path: String) throws(SitegenError) -> SeedFile {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw SitegenError(.ingest, path: path, "cannot read file (\(error.localizedDescription))")
        }
        let decoded: DecodedText
        switch TextDecoder.decode(data) {
        case .success(let d): decoded = d
        case .failure(let failure): throw SitegenError(.ingest, path: path, failure.description)
        }
        let name = (path as NSString).lastPathComponent
        let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
        let sidecarPath = ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(stem + ".en.md")
        var sidecar: String?
        if let sidecarData = FileManager.default.contents(atPath: sidecarPath) {
            guard let text = String(validating: [UInt8](sidecarData), as: UTF8.self) else {
                throw SitegenError(.ingest, path: sidecarPath, "English sidecar is not valid UTF-8")
            }
            sidecar = TextDecoder.normalizeLineEnds(text)
        }
        return SeedFile(stem: stem, path: path, sha256: SHA256Digest.hex(of: data), decoded: decoded, englishSidecar: sidecar)
    }
}
