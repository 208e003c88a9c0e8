import Foundation
import Mustache

/// Why templates could not be loaded or rendered.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var reason: String
    public var description: String { "\(path): render: \(reason)" }
}

/// The Mustache templates of a site, parsed once. `{{ }}` escapes HTML; only values the
/// pipeline built as HTML (rendered Markdown, ruby markup) use `{{{ }}}`.
public struct TemplateSet: Sendable {
    public let directory: String
    private let library: MustacheLibrary
    public let names: Set<String>

    public init(directory: String) throws {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw TemplateError(path: directory, reason: "templates folder not found")
        }
        var library = MustacheLibrary()
        var names = Set<String>()
        let root = URL(fileURLWithPath: directory)
        let files = (fm.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let path = root.appendingPathComponent(file).path
            guard let text = fm.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw TemplateError(path: path, reason: "template is not readable UTF-8")
            }
            do {
                try library.register(text, named: name)
            } catch {
                throw TemplateError(path: path, reason: "template does not parse: \(error)")
            }
            names.insert(name)
        }
        self.directory = directory
        self.library = library
        self.names = names
    }

    /// Renders `name` with `context`; a missing template is an error, never an empty page.
    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard names.contains(name), let out = library.render(context, withTemplate: name) else {
            throw TemplateError(path: (directory as NSString).appendingPathComponent(name + ".mustache"), reason: "template not found")
        }
        return out
    }
}
