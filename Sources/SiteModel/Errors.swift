/// A failure tied to one input file, printed as one line: `<path>: <step>: <reason>`.
public struct SitegenError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Step: String, Sendable {
        case ingest, normalize, extract, bilingual, render, write, config, serve
    }
    public var step: Step
    public var path: String
    public var reason: String

    public init(_ step: Step, path: String, _ reason: String) {
        self.step = step; self.path = path; self.reason = reason
    }

    public var description: String { "\(path): \(step.rawValue): \(reason)" }
}
