// swift-tools-version:6.1
import PackageDescription

// One module per pipeline stage (see ../shared/DESIGN.md); the two C libraries
// come from Debian packages and are wrapped as system library targets.
let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        // The dev server (`sitegen serve`). Hummingbird's default traits pull in swift-configuration,
        // which sitegen does not use; turning them off keeps the build smaller.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]
        ),
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "SiteModel"),
        .target(name: "Ingest", dependencies: ["SiteModel", .product(name: "Crypto", package: "swift-crypto")]),
        .target(
            name: "Normalize",
            dependencies: ["SiteModel", "COpenCC"],
            resources: [.copy("Resources/lexicon.tsv")]
        ),
        .target(
            name: "Extract",
            dependencies: ["SiteModel", "Normalize"],
            exclude: ["EXTRACTORS.md"],
            resources: [.copy("Resources/gazetteer.tsv")]
        ),
        .target(
            name: "Bilingual",
            dependencies: ["SiteModel", "Normalize"],
            resources: [.copy("Resources/glossary.tsv")]
        ),
        .target(
            name: "Templating",
            dependencies: ["CCmarkGFM", .product(name: "Mustache", package: "swift-mustache")]
        ),
        .target(
            name: "Site",
            dependencies: ["SiteModel", "Ingest", "Normalize", "Extract", "Bilingual", "Templating",
                           .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "DevServer",
            dependencies: [
                "Site", "SiteModel",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        .executableTarget(
            name: "sitegen",
            dependencies: ["Site", "DevServer", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(
            name: "SitegenTests",
            dependencies: ["SiteModel", "Ingest", "Normalize", "Extract", "Bilingual", "Templating", "Site", "DevServer", "sitegen"]
        ),
    ]
)
