import Bilingual
import Extract
import Foundation
import Ingest
import Normalize
import SiteModel
import Templating

public struct BuildOptions: Sendable {
    public var seeds: String
    public var templates: String
    public var output: String
    public var baseURL: String?
    /// Site glossary extending the built-in one (TSV: zh, en, pinyin, note).
    public var glossary: String?

    public init(seeds: String = "seeds", templates: String = "Templates", output: String = "public",
                baseURL: String? = nil, glossary: String? = "glossary.tsv") {
        self.seeds = seeds; self.templates = templates; self.output = output
        self.baseURL = baseURL; self.glossary = glossary
    }
}

public struct BuildResult: Sendable {
    public var documents: [Document]
    /// Problems with single inputs; the other documents were still built.
    public var errors: [SitegenError]
    public var filesWritten: Int
    public var filesChanged: Int
}

public enum SiteBuilder {
    /// Ingest → normalize → extract → bilingual for every seed, in parallel (one worker per
    /// core, each with its own OpenCC converter). Documents come back in id order.
    public static func loadDocuments(seeds: String, glossary: Glossary) async throws(SitegenError) -> ([Document], [SitegenError]) {
        let paths = try Ingest.seedPaths(in: seeds)
        return try await process(paths: paths, glossary: glossary)
    }

    public static func process(paths: [String], glossary: Glossary) async throws(SitegenError) -> ([Document], [SitegenError]) {
        let pipeline = DocumentPipeline(glossary: glossary)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        let outcome: Result<[(Int, Result<Document, SitegenError>)], SitegenError> = await withTaskGroup(
            of: Result<[(Int, Result<Document, SitegenError>)], SitegenError>.self
        ) { group in
            for w in 0..<workers {
                group.addTask {
                    let normalizer: Normalizer
                    do throws(SitegenError) { normalizer = try Normalizer() } catch { return .failure(error) }
                    var out: [(Int, Result<Document, SitegenError>)] = []
                    for i in stride(from: w, to: paths.count, by: workers) {
                        do throws(SitegenError) {
                            let seed = try Ingest.read(path: paths[i])
                            out.append((i, .success(pipeline.document(from: seed, normalizer: normalizer))))
                        } catch {
                            out.append((i, .failure(error)))
                        }
                    }
                    return .success(out)
                }
            }
            var all: [(Int, Result<Document, SitegenError>)] = []
            for await r in group {
                switch r {
                case .success(let part): all += part
                case .failure(let e): return .failure(e)
                }
            }
            return .success(all)
        }
        let results = try outcome.get().sorted { $0.0 < $1.0 }
        var docs: [Document] = []
        var errors: [SitegenError] = []
        for (_, r) in results {
            switch r {
            case .success(let d): docs.append(d)
            case .failure(let e): errors.append(e)
            }
        }
        DocumentPipeline.deduplicate(&docs)
        return (docs, errors)
    }

    /// Builds the whole site into `options.output`.
    public static func build(_ options: BuildOptions) async throws(SitegenError) -> BuildResult {
        let glossary = try Glossary.load(sitePath: options.glossary)
        let templates: TemplateSet
        do { templates = try TemplateSet(directory: options.templates) } catch let e as TemplateError {
            throw SitegenError(.render, path: e.path, e.reason)
        } catch { throw SitegenError(.render, path: options.templates, "\(error)") }
        let strings = try UIStrings(directory: (options.templates as NSString).appendingPathComponent("i18n"), languages: Language.all.map(\.code))
        let (docs, errors) = try await loadDocuments(seeds: options.seeds, glossary: glossary)
        let renderer = Renderer(templates: templates, strings: strings, glossary: glossary, baseURL: options.baseURL,
                                assetsDirectory: (options.templates as NSString).appendingPathComponent("assets"))
        let output = try renderer.render(docs)
        let changed = try output.commit(to: options.output)
        return BuildResult(documents: docs, errors: errors, filesWritten: output.files.count, filesChanged: changed)
    }
}
