import ArgumentParser
import Bilingual
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
        subcommands: [Build.self, Extract.self, Normalize.self, Check.self],
        defaultSubcommand: Build.self
    )
}

/// Prints one line per problem to stderr.
func report(_ errors: [SitegenError]) {
    for e in errors { FileHandle.standardError.write(Data("error: \(e.description)\n".utf8)) }
}

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build the site into the output folder (the default command).")

    @Option(help: "Folder of input texts (*.txt, optional <stem>.en.md sidecars).") var seeds = "seeds"
    @Option(help: "Folder of Mustache templates, i18n strings and assets.") var templates = "Templates"
    @Option(help: "Output folder, replaced as a whole when the build succeeds.") var output = "public"
    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (for feeds and sitemaps).") var baseURL: String?
    @Option(help: "Site glossary extending the built-in one.") var glossary = "glossary.tsv"

    func run() async throws {
        let start = Date()
        let result: BuildResult
        do {
            result = try await SiteBuilder.build(BuildOptions(seeds: seeds, templates: templates, output: output,
                                                              baseURL: baseURL, glossary: glossary))
        } catch {
            report([error])
            throw ExitCode(1)
        }
        report(result.errors)
        let seconds = String(format: "%.2f", Date().timeIntervalSince(start))
        print("built \(result.documents.count) documents, \(result.filesWritten) files (\(result.filesChanged) changed) into \(output)/ in \(seconds) s")
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}

/// Reads one file through the pipeline, exiting with a one-line error when it cannot be read.
func loadDocument(_ file: String) async throws -> Document {
    do {
        let glossary = try Glossary.load(sitePath: "glossary.tsv")
        let (docs, errors) = try await SiteBuilder.process(paths: [file], glossary: glossary)
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

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Report repairs, warnings and errors per input without writing anything.")
    @Option(help: "Folder of input texts.") var seeds = "seeds"

    func run() async throws {
        let glossary: Glossary
        let docs: [Document], errors: [SitegenError]
        do {
            glossary = try Glossary.load(sitePath: "glossary.tsv")
            (docs, errors) = try await SiteBuilder.loadDocuments(seeds: seeds, glossary: glossary)
        } catch {
            report([error])
            throw ExitCode(1)
        }
        for doc in docs {
            print("\(doc.source.file): \(doc.source.encoding)")
            for r in doc.repairs { print("  repair \(r.kind): \(r.count)") }
            for w in doc.warnings { print("  warning \(w.kind): \(w.context)") }
        }
        report(errors)
        if !errors.isEmpty { throw ExitCode(1) }
    }
}
