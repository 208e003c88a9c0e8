import Foundation
import SiteModel

/// Interface strings per language from `Templates/i18n/<lang>.json`. Every language must
/// define every key: a key missing from one file is a build error naming it.
public struct UIStrings: Sendable {
    public let byLanguage: [String: [String: String]]

    public init(directory: String, languages: [String]) throws(SitegenError) {
        var table: [String: [String: String]] = [:]
        for lang in languages {
            let path = (directory as NSString).appendingPathComponent("\(lang).json")
            guard let data = FileManager.default.contents(atPath: path) else {
                throw SitegenError(.config, path: path, "interface strings file is missing")
            }
            guard let obj = try? JSONSerialization.jsonObject(with: data) as? [String: String] else {
                throw SitegenError(.config, path: path, "interface strings must be a JSON object of strings")
            }
            table[lang] = obj
        }
        let allKeys = Set(table.values.flatMap(\.keys))
        for lang in languages {
            if let missing = allKeys.subtracting(table[lang]!.keys).sorted().first {
                let path = (directory as NSString).appendingPathComponent("\(lang).json")
                throw SitegenError(.config, path: path, "missing interface string \"\(missing)\"")
            }
        }
        byLanguage = table
    }

    private init(table: [String: [String: String]]) { byLanguage = table }

    public func table(_ lang: String) -> [String: String] { byLanguage[lang] ?? [:] }

    /// The same strings with `key` replaced in the languages given (e.g. the site title of sitegen.json).
    public func overriding(_ key: String, with values: [String: String]) -> UIStrings {
        var table = byLanguage
        for (lang, value) in values where table[lang] != nil { table[lang]![key] = value }
        return UIStrings(table: table)
    }

    /// A string the code itself needs; missing means the i18n files are out of date.
    public func string(_ key: String, _ lang: String) throws(SitegenError) -> String {
        guard let s = byLanguage[lang]?[key] else {
            throw SitegenError(.config, path: "i18n/\(lang).json", "missing interface string \"\(key)\"")
        }
        return s
    }
}
