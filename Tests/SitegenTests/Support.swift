import Foundation

/// Paths of the repository, found from this file so tests run from any working directory.
enum Repo {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var seeds: String { root.appendingPathComponent("seeds").path }
    static var templates: String { root.appendingPathComponent("Templates").path }
    static func seed(_ prefix: String) -> String {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: seeds)) ?? []
        let name = names.first { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") } ?? "\(prefix).txt"
        return root.appendingPathComponent("seeds").appendingPathComponent(name).path
    }
    static func reference(_ prefix: String) -> String? {
        let dir = root.appendingPathComponent("Tests/Fixtures/reference")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        guard let name = names.first(where: { $0.hasPrefix(prefix) && $0.hasSuffix(".txt") }) else { return nil }
        return try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    }
}

/// A fresh temporary folder, removed by the caller.
func temporaryFolder(_ name: String = "sitegen-test") -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

func read(_ url: URL) -> String {
    (try? String(contentsOf: url, encoding: .utf8)) ?? ""
}

/// What a reader sees of an HTML page: tags removed, the common entities decoded.
func visibleText(_ html: String) -> String {
    var out = ""
    var inTag = false
    for c in html {
        if c == "<" { inTag = true; continue }
        if c == ">" { inTag = false; continue }
        if !inTag { out.append(c) }
    }
    return out.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
        .replacingOccurrences(of: "&amp;", with: "&")
}
