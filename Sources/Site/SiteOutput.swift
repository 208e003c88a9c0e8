import Foundation
import SiteModel

/// Writes a whole site at once: files are staged in a sibling folder which then replaces the
/// output folder, so `public/` is never half-written. Files whose bytes did not change are
/// hard-linked from the old output, keeping their modification times.
public struct SiteOutput {
    public private(set) var files: [String: Data] = [:]

    public init() {}

    public mutating func add(_ relativePath: String, _ data: Data) { files[relativePath] = data }
    public mutating func add(_ relativePath: String, _ text: String) { files[relativePath] = Data(text.utf8) }

    /// Returns the number of files whose bytes changed.
    @discardableResult
    public func commit(to output: String) throws(SitegenError) -> Int {
        let fm = FileManager.default
        let outURL = URL(fileURLWithPath: output).standardizedFileURL
        let parent = outURL.deletingLastPathComponent()
        let staging = parent.appendingPathComponent(".\(outURL.lastPathComponent).staging-\(getpid())")
        let retired = parent.appendingPathComponent(".\(outURL.lastPathComponent).old-\(getpid())")
        var changed = 0
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) {
                let dest = staging.appendingPathComponent(path)
                try fm.createDirectory(at: dest.deletingLastPathComponent(), withIntermediateDirectories: true)
                let old = outURL.appendingPathComponent(path)
                if let existing = fm.contents(atPath: old.path), existing == data,
                   (try? fm.linkItem(at: old, to: dest)) != nil {
                    continue
                }
                try data.write(to: dest)
                changed += 1
            }
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: outURL.path, isDirectory: &isDir) {
                guard isDir.boolValue else {
                    try? fm.removeItem(at: staging)
                    throw SitegenError(.write, path: output, "output path exists and is not a folder")
                }
                try fm.moveItem(at: outURL, to: retired)
                try fm.moveItem(at: staging, to: outURL)
                try? fm.removeItem(at: retired)
            } else {
                try fm.moveItem(at: staging, to: outURL)
            }
        } catch let error as SitegenError {
            throw error
        } catch {
            try? fm.removeItem(at: staging)
            if !fm.fileExists(atPath: outURL.path), fm.fileExists(atPath: retired.path) {
                try? fm.moveItem(at: retired, to: outURL)
            }
            throw SitegenError(.write, path: output, "cannot write the site (\(error.localizedDescription))")
        }
        return changed
    }
}
