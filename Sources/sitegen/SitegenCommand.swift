import ArgumentParser
import Bilingual
import DevServer
import Foundation
import Ingest
import Normalize
import Site
import SiteModel

@main
struct Sitegen: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Turns scraped Chinese articles about grassroots programs into a clean bilingual static site.",
        discussion: "Exit status: 0 success, 1 a problem with an input, the configuration or the output (one line each on stderr), 64 a usage error.",
        subcommands: [Build.self, Serve.self, Check.self, Draft.self, Extract.self, Normalize.self],
        defaultSubcommand: Build.self
    )
}

// MARK: shared options

/// Where the site comes from and goes to; `sitegen.json` fills what the command line leaves out.
struct SiteOptions: ParsableArguments {
    @Option(help: "Folder of input texts (*.txt, optional <stem>.en.md sidecars).") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, i18n strings and assets.") var templates = "Templates"
    @Option(help: "Output folder, replaced as a whole when the build succeeds.") var output = "public"
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (overrides sitegen.json).") var baseURL: String?
    @Option(help: "Site glossary extending the built-in one (default: sitegen.json's, else glossary.tsv when present).") var glossary: String?
    @Option(help: "Configuration file; optional.") var config = SiteConfig.defaultPath

    func buildOptions() throws(SitegenError) -> BuildOptions {
        let file = try SiteConfig.load(path: config)
        return BuildOptions(seeds: seeds, templates: templates, output: output, baseURL: baseURL ?? file.baseURL,
                            glossary: try resolvedGlossary(file), siteTitle: file.title)
    }

    /// The glossary in effect. One named on the command line or in sitegen.json must exist;
    /// the default glossary.tsv is optional.
    func resolvedGlossary(_ file: SiteConfig) throws(SitegenError) -> String {
        if let named = glossary ?? file.glossary {
            guard FileManager.default.fileExists(atPath: named) else {
                throw SitegenError(.config, path: named, "glossary file not found" + (glossary == nil ? " (named in \(config))" : ""))
            }
            return named
        }
        return "glossary.tsv"
    }
}

/// How much a command prints.
struct Verbosity: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.") var quiet = false
    @Flag(name: .shortAndLong, help: "Also print stage times, changed files and (serve) every request.") var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }
}

/// Terminal output: colour only on a terminal, errors on stderr, one line each.
enum Console {
    static let out = TextStyle.forTerminal(fd: STDOUT_FILENO)
    static let err = TextStyle.forTerminal(fd: STDERR_FILENO)
    private static let lock = NSLock()

    static func print(_ line: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func report(_ errors: [SitegenError]) {
        lock.lock(); defer { lock.unlock() }
        for e in errors { FileHandle.standardError.write(Data("\(err.red("error:")) \(e.description)\n".utf8)) }
    }

    /// Progress on one terminal line, overwritten in place.
    static func progress(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        FileHandle.standardOutput.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    static func clearProgress() { progress("") }
}

func report(_ errors: [SitegenError]) { Console.report(errors) }

/// Runs a build and prints its summary; shared by `build` and `serve`.
func runBuild(_ options: BuildOptions, verbosity: Verbosity, showProgress: Bool) async -> Result<BuildResult, SitegenError> {
    var options = options
    let onTerminal = isatty(STDOUT_FILENO) == 1
    if showProgress && onTerminal && !verbosity.quiet {
        options.progress = { done, total in
            // Only long builds get a progress line; a small site finishes before it would help.
            if total >= 20 { Console.progress("documents \(done)/\(total)") }
        }
    }
    let start = DispatchTime.now().uptimeNanoseconds
    let result: BuildResult
    do {
        result = try await SiteBuilder.build(options)
    } catch {
        if options.progress != nil { Console.clearProgress() }
        report([error])
        return .failure(error)
    }
    if options.progress != nil && result.documents.count >= 20 { Console.clearProgress() }
    report(result.errors)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if !verbosity.quiet { Console.print(summary(result, output: options.output, seconds: seconds, verbose: verbosity.verbose)) }
    return .success(result)
}

func summary(_ r: BuildResult, output: String, seconds: Double, verbose: Bool) -> String {
    let s = Console.out
    let warnings = r.documents.reduce(0) { $0 + $1.warnings.count }
    var parts = [
        "\(r.documents.count) \(r.documents.count == 1 ? "document" : "documents")",
        "\(r.filesWritten) files (\(r.filesChanged) changed)",
    ]
    parts.append(warnings == 0 ? "no warnings" : s.yellow("\(warnings) \(warnings == 1 ? "warning" : "warnings")") + " (see sitegen check)")
    if !r.errors.isEmpty { parts.append(s.red("\(r.errors.count) \(r.errors.count == 1 ? "error" : "errors")")) }
    var line = "\(r.errors.isEmpty ? s.green("built") : s.yellow("built with errors")) \(output)/: "
        + parts.joined(separator: ", ") + " in " + String(format: "%.2f s", seconds)
    if verbose {
        line += "\n  " + s.dim(r.stages.map { "\($0.name) " + String(format: "%.3f s", $0.seconds) }.joined(separator: " · "))
    }
    return line
}

// MARK: commands

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder (the default command).")
    @OptionGroup var site: SiteOptions
    @OptionGroup var verbosity: Verbosity

    func run() async throws {
        let options: BuildOptions
        do { options = try site.buildOptions() } catch {
            report([error])
            throw ExitCode(1)
        }
        switch await runBuild(options, verbosity: verbosity, showProgress: true) {
        case .failure: throw ExitCode(1)
        case .success(let result): if !result.errors.isEmpty { throw ExitCode(1) }
        }
    }
}

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the output folder on a loopback address, rebuild on change and reload open pages.",
        discussion: """
            Watches the seeds folder, the templates folder, the glossary and sitegen.json. A failed \
            rebuild is reported here and over the page in the browser, and the last good site keeps \
            being served. Stop with Ctrl-C.
            """
    )
    @OptionGroup var site: SiteOptions
    @OptionGroup var verbosity: Verbosity
    @Option(help: "Port to listen on (0 picks a free one).") var port = 8000
    @Option(help: "Loopback address to listen on (127.0.0.1, ::1 or localhost).") var host = "127.0.0.1"

    func validate() throws {
        guard DevServerConfiguration.isLoopback(host) else {
            throw ValidationError("--host \(host): the dev server listens on loopback addresses only (127.0.0.1, ::1, localhost)")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): not a port number (0–65535)") }
    }

    func run() async throws {
        let glossary: String
        do { glossary = try site.resolvedGlossary(try SiteConfig.load(path: site.config)) } catch {
            report([error])
            throw ExitCode(1)
        }
        let site = self.site
        let verbosity = self.verbosity
        let watch = [site.seeds, site.templates, glossary, site.config]
        let config = DevServerConfiguration(host: host, port: port, output: site.output, watch: watch)
        // Documents whose seed, sidecar and glossary did not change are reused between rebuilds.
        let cache = DocumentCache()
        let server = DevServer(configuration: config, logLevel: verbosity.verbose ? .warning : .error, build: { changed in
            if !changed.isEmpty && !verbosity.quiet {
                Console.print(Console.out.dim("changed: " + changed.prefix(5).joined(separator: ", ")
                    + (changed.count > 5 ? " and \(changed.count - 5) more" : "")))
            }
            // sitegen.json is read again on every build, so editing it takes effect at once.
            var options: BuildOptions
            do throws(SitegenError) { options = try site.buildOptions() } catch {
                report([error])
                return BuildOutcome(error: error)
            }
            options.cache = cache
            switch await runBuild(options, verbosity: verbosity, showProgress: false) {
            case .failure(let error): return BuildOutcome(error: error)
            case .success(let result):
                if verbosity.verbose {
                    let stats = cache.stats
                    Console.print(Console.out.dim("  documents reused \(stats.hits), processed \(stats.misses)"))
                }
                return BuildOutcome(result: result)
            }
        }, log: { event in
            switch event {
            case .listening(let host, let port):
                let shown = host.contains(":") ? "[\(host)]" : host
                if !verbosity.quiet {
                    Console.print("serving \(site.output)/ at " + Console.out.bold("http://\(shown):\(port)/")
                        + " · watching \(watch.joined(separator: ", ")) · live reload on · Ctrl-C stops")
                }
            case .changed:
                break
            case .request(let method, let target, let status):
                if verbosity.verbose { Console.print(Console.out.dim("\(method) \(target) \(status)")) }
            case .rejected(let target, let reason):
                if !verbosity.quiet { Console.print(Console.out.yellow("refused \(target): \(reason)")) }
            }
        })
        do {
            try await server.run(handleSignals: true)
        } catch {
            report([SitegenError(.serve, path: "\(host):\(port)", "cannot listen (\(describe(error))); is another server on this port? try --port \(port == 0 ? 8001 : port + 1)")])
            throw ExitCode(1)
        }
    }

    private func describe(_ error: any Error) -> String {
        let text = "\(error)"
        if text.localizedCaseInsensitiveContains("address already in use") { return "address already in use" }
        return text.replacingOccurrences(of: "\n", with: " ")
    }
}

/// Reads one file through the pipeline, exiting with a one-line error when it cannot be read.
func loadDocument(_ file: String, glossary: String? = nil, config: String = SiteConfig.defaultPath) async throws -> Document {
    do {
        let settings = try SiteConfig.load(path: config)
        let path = glossary ?? settings.glossary ?? "glossary.tsv"
        if glossary != nil || settings.glossary != nil, !FileManager.default.fileExists(atPath: path) {
            throw SitegenError(.config, path: path, "glossary file not found")
        }
        let (docs, errors) = try await SiteBuilder.process(paths: [file], glossary: try Glossary.load(sitePath: path))
        if let e = errors.first { throw e }
        guard let doc = docs.first else { throw SitegenError(.ingest, path: file, "no document produced") }
        return doc
    } catch let e as SitegenError {
        report([e])
        throw ExitCode(1)
    }
}

struct Extract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the Document JSON of one input text.")
    @Argument(help: "Input text file.") var file: String
    @Flag(help: "Indent the JSON.") var pretty = false

    func run() async throws {
        let doc = try await loadDocument(file)
        FileHandle.standardOutput.write(try doc.jsonData(pretty: pretty))
        print()
    }
}

struct Normalize: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print the normalized text of one input text.")
    @Argument(help: "Input text file.") var file: String

    func run() async throws {
        let seed: SeedFile
        do { seed = try Ingest.read(path: file) } catch {
            report([error])
            throw ExitCode(1)
        }
        let normalizer = try Normalizer()
        print(normalizer.normalize(seed.decoded.text).text)
    }
}

enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Report repairs, warnings and errors per input without writing anything.",
        discussion: "Exit status 1 when any seed has an error; warnings alone exit 0."
    )
    @Option(help: "Folder of input texts.") var seeds = "seeds"
    @Option(help: "Site glossary (default: sitegen.json's, else glossary.tsv when present).") var glossary: String?
    @Option(help: "Configuration file; optional.") var config = SiteConfig.defaultPath
    @Option(help: "text (for people) or json (an array with one object per seed: file, encoding, repairs, warnings, errors).")
    var format: CheckFormat = .text

    func run() async throws {
        let docs: [Document], errors: [SitegenError]
        do {
            let settings = try SiteConfig.load(path: config)
            let path = glossary ?? settings.glossary ?? "glossary.tsv"
            if glossary != nil || settings.glossary != nil, !FileManager.default.fileExists(atPath: path) {
                throw SitegenError(.config, path: path, "glossary file not found")
            }
            (docs, errors) = try await SiteBuilder.loadDocuments(seeds: seeds, glossary: try Glossary.load(sitePath: path))
        } catch let error as SitegenError {
            report([error])
            throw ExitCode(1)
        }
        let entries = CheckReport.entries(documents: docs, errors: errors)
        switch format {
        case .json:
            FileHandle.standardOutput.write(CheckReport.json(entries))
            print()
        case .text:
            FileHandle.standardOutput.write(Data(CheckReport.text(entries, style: Console.out).utf8))
            report(errors)
        }
        if !errors.isEmpty { throw ExitCode(1) }
    }
}

struct Draft: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write <stem>.en.md next to a seed: an English fact sheet for an editor to complete.",
        discussion: "Never overwrites: when the file exists, nothing is written and the exit status is 1."
    )
    @Argument(help: "Input text file (seeds/<stem>.txt).") var file: String
    @Option(help: "Site glossary (default: sitegen.json's, else glossary.tsv when present).") var glossary: String?
    @Option(help: "Configuration file; optional.") var config = SiteConfig.defaultPath

    func run() async throws {
        let target = FactSheet.sidecarPath(forSeed: file)
        if FileManager.default.fileExists(atPath: target) {
            report([SitegenError(.write, path: target, "already exists; sitegen draft never overwrites (edit it, or delete it to start again)")])
            throw ExitCode(1)
        }
        let doc = try await loadDocument(file, glossary: glossary, config: config)
        do {
            let written = try FactSheet.write(for: doc, seed: file)
            Console.print("wrote \(written): English fact sheet for \(doc.id); complete the summary, then build")
        } catch {
            report([error])
            throw ExitCode(1)
        }
    }
}
