import Foundation
import SiteModel

/// The optional `sitegen.json` at the site root. JSON rather than TOML so that reading it
/// needs no new dependency. Every key is optional; an unknown key is an error naming it, so
/// a typo never goes unnoticed. Command-line options override the file.
///
///     {
///       "title": {"zh": "基层党建项目摘要", "en": "Grassroots Program Summaries"},
///       "baseURL": "https://example.org/programs/",
///       "glossary": "glossary.tsv"
///     }
public struct SiteConfig: Sendable, Equatable {
    public static let defaultPath = "sitegen.json"
    public static let keys = ["title", "baseURL", "glossary"]

    /// Site title per language code ("zh", "en"); replaces the `siteTitle` interface string.
    public var title: [String: String] = [:]
    public var baseURL: String?
    /// Site glossary path, relative to the working directory.
    public var glossary: String?

    public init(title: [String: String] = [:], baseURL: String? = nil, glossary: String? = nil) {
        self.title = title; self.baseURL = baseURL; self.glossary = glossary
    }

    /// Reads `path`; a missing file gives the defaults (no configuration is needed).
    public static func load(path: String = defaultPath) throws(SitegenError) -> SiteConfig {
        guard FileManager.default.fileExists(atPath: path) else { return SiteConfig() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SitegenError(.config, path: path, "cannot read the configuration file")
        }
        return try parse(data, path: path)
    }

    public static func parse(_ data: Data, path: String) throws(SitegenError) -> SiteConfig {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            let detail = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw SitegenError(.config, path: path, "not valid JSON (\(detail))")
        }
        guard let dict = object as? [String: Any] else {
            throw SitegenError(.config, path: path, "must be a JSON object with the keys \(keys.joined(separator: ", "))")
        }
        if let unknown = dict.keys.filter({ !keys.contains($0) }).sorted().first {
            throw SitegenError(.config, path: path, "unknown key \"\(unknown)\" (known keys: \(keys.joined(separator: ", ")))")
        }
        var config = SiteConfig()
        if let title = dict["title"] {
            guard let t = title as? [String: Any] else {
                throw SitegenError(.config, path: path, "\"title\" must be an object like {\"zh\": \"…\", \"en\": \"…\"}")
            }
            for (lang, value) in t.sorted(by: { $0.key < $1.key }) {
                guard ["zh", "en"].contains(lang) else {
                    throw SitegenError(.config, path: path, "unknown key \"title.\(lang)\" (known keys: title.zh, title.en)")
                }
                guard let s = value as? String, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw SitegenError(.config, path: path, "\"title.\(lang)\" must be a non-empty string")
                }
                config.title[lang] = s
            }
        }
        if let base = dict["baseURL"] {
            guard let s = base as? String, let url = URL(string: s), let scheme = url.scheme, ["http", "https"].contains(scheme),
                  url.host != nil else {
                throw SitegenError(.config, path: path, "\"baseURL\" must be an absolute http(s) URL")
            }
            config.baseURL = s
        }
        if let glossary = dict["glossary"] {
            guard let s = glossary as? String, !s.isEmpty else {
                throw SitegenError(.config, path: path, "\"glossary\" must be a file path")
            }
            config.glossary = s
        }
        return config
    }
}
