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
    /// Site title per language ("zh", "en"), replacing the `siteTitle` interface string.
    public var siteTitle: [String: String]
    /// Called as documents finish: (done, total). Called from worker tasks.
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Documents of earlier builds in this process (`sitegen serve`): a seed whose bytes,
    /// sidecar and glossary are unchanged is not processed again.
    public var cache: DocumentCache?

    public init(seeds: String = "seeds", templates: String = "Templates", output: String = "public",
                baseURL: String? = nil, glossary: String? = "glossary.tsv", siteTitle: [String: String] = [:],
                progress: (@Sendable (Int, Int) -> Void)? = nil, cache: DocumentCache? = nil) {
        self.seeds = seeds; self.templates = templates; self.output = output
        self.baseURL = baseURL; self.glossary = glossary; self.siteTitle = siteTitle; self.progress = progress
        self.cache = cache
    }
}

/// Wall-clock time of one build stage.
public struct StageTime: Sendable, Equatable {
    public var name: String
    public var seconds: Double
}

public struct BuildResult: Sendable {
    public var documents: [Document]
    /// Problems with single inputs; the other documents were still built.
    public var errors: [SitegenError]
    public var filesWritten: Int
    public var filesChanged: Int
    /// Stages in order: setup (glossary, templates), documents, render, write.
    public var stages: [StageTime] = []
}

public enum SiteBuilder {
    /// Ingest → normalize → extract → bilingual for every seed, in parallel (one worker per
    /// core, each with its own OpenCC converter). Documents come back in id order.
    public static func loadDocuments(seeds: String, glossary: Glossary,
                                     progress: (@Sendable (Int, Int) -> Void)? = nil,
                                     cache: DocumentCache? = nil) async throws(SitegenError) -> ([Document], [SitegenError]) {
        let paths = try Ingest.seedPaths(in: seeds)
        return try await process(paths: paths, glossary: glossary, progress: progress, cache: cache)
    }

    public static func process(paths: [String], glossary: Glossary,
                               progress: (@Sendable (Int, Int) -> Void)? = nil,
                               cache: DocumentCache? = nil) async throws(SitegenError) -> ([Document], [SitegenError]) {
        let pipeline = DocumentPipeline(glossary: glossary)
        let counter = ProgressCounter(total: paths.count, report: progress)
        cache?.prepare(for: glossary)
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, paths.count))
        let outcome: Result<[(Int, Result<Document, SitegenError>)], SitegenError> = await withTaskGroup(
            of: Result<[(Int, Result<Document, SitegenError>)], SitegenError>.self
        ) { group in
            for w in 0..<workers {
                group.addTask {
                    // Opened on the first document that needs it: a build served from the cache opens none.
                    var normalizer: Normalizer?
                    var out: [(Int, Result<Document, SitegenError>)] = []
                    for i in stride(from: w, to: paths.count, by: workers) {
                        do throws(SitegenError) {
                            let seed = try Ingest.read(path: paths[i])
                            if let doc = cache?.document(for: seed) {
                                out.append((i, .success(doc)))
                            } else {
                                if normalizer == nil {
                                    do throws(SitegenError) { normalizer = try Normalizer() } catch { return .failure(error) }
                                }
                                let doc = pipeline.document(from: seed, normalizer: normalizer!)
                                cache?.store(doc, for: seed)
                                out.append((i, .success(doc)))
                            }
                        } catch {
                            out.append((i, .failure(error)))
                        }
                        counter.step()
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
        var clock = StageClock()
        let glossary = try Glossary.load(sitePath: options.glossary)
        let templates: TemplateSet
        do { templates = try TemplateSet(directory: options.templates) } catch let e as TemplateError {
            throw SitegenError(.render, path: e.path, e.reason)
        } catch { throw SitegenError(.render, path: options.templates, "\(error)") }
        let strings = try UIStrings(directory: (options.templates as NSString).appendingPathComponent("i18n"), languages: Language.all.map(\.code))
            .overriding("siteTitle", with: options.siteTitle)
        clock.lap("setup")
        let (docs, errors) = try await loadDocuments(seeds: options.seeds, glossary: glossary, progress: options.progress,
                                                     cache: options.cache)
        clock.lap("documents")
        let renderer = Renderer(templates: templates, strings: strings, glossary: glossary, baseURL: options.baseURL,
                                assetsDirectory: (options.templates as NSString).appendingPathComponent("assets"))
        let output = try renderer.render(docs, errors: errors)
        clock.lap("render")
        let changed = try output.commit(to: options.output)
        clock.lap("write")
        return BuildResult(documents: docs, errors: errors, filesWritten: output.files.count, filesChanged: changed,
                           stages: clock.stages)
    }
}

/// Times consecutive stages.
struct StageClock {
    private var last = DispatchTime.now().uptimeNanoseconds
    private(set) var stages: [StageTime] = []
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append(StageTime(name: name, seconds: Double(now - last) / 1e9))
        last = now
    }
}

/// Counts finished documents across worker tasks and reports (done, total).
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    let report: (@Sendable (Int, Int) -> Void)?
    init(total: Int, report: (@Sendable (Int, Int) -> Void)?) { self.total = total; self.report = report }
    func step() {
        guard let report else { return }
        lock.lock(); done += 1; let n = done; lock.unlock()
        report(n, total)
    }
}
