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
        let files = (fm.enumerator(atPath: directory)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".mustache") }.sorted()
        for file in files {
            let name = String(file.dropLast(".mustache".count))
            let path = (directory as NSString).appendingPathComponent(file)
            guard let text = fm.contents(atPath: path).flatMap({ String(data: $0, encoding: .utf8) }) else {
                throw TemplateError(path: path, reason: "template is not readable UTF-8")
            }
            do {
                try library.register(text, named: name)
            } catch let e as MustacheTemplate.ParserError {
                throw TemplateError(path: "\(path):\(e.context.lineNumber)",
                                    reason: "template does not parse: \(Self.explain(e.error)) (column \(e.context.columnNumber))")
            } catch {
                throw TemplateError(path: path, reason: "template does not parse: \(Self.explain(error))")
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

extension TemplateSet {
    /// swift-mustache's parser errors in words.
    static func explain(_ error: any Error) -> String {
        guard let e = error as? MustacheTemplate.Error else { return "\(error)" }
        switch e {
        case .sectionCloseNameIncorrect: return "a closing tag does not match the open section"
        case .unfinishedName: return "a tag is not finished"
        case .expectedSectionEnd: return "a section is not closed"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform is applied to an inheritance section"
        case .illegalTokenInsideInheritSection: return "a tag is not allowed inside an inherited partial"
        case .textInsideInheritSection: return "text is not allowed inside an inherited partial"
        case .invalidConfigVariableSyntax: return "a configuration tag is malformed"
        case .unrecognisedConfigVariable: return "unknown configuration variable"
        }
    }
}
