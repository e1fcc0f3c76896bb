// swift-tools-version:6.0
import PackageDescription

// Targets follow the data flow: Config → Validation → Templates → Document → Writers → Output.
// Linux only (Debian/Ubuntu): the system libraries come from apt, and FCOutput's atomic writes use
// O_TMPFILE and /proc/self/fd. No other platform is built or tested, so none is declared.

/// The C libraries a target calls, linked as shared libraries in debug builds (the tests) and
/// from their static archives in release builds (the programs handed out): each shared library
/// is work for the dynamic loader at every start (libxml2 brings ICU and liblzma along: six
/// libraries to map, 12,000 relocations to apply). The archives
/// come with the -dev packages (`make deps`); `-l:NAME` asks the linker for exactly that file, in
/// the order given (a library before the ones it calls).
func cLibraries(shared: [String], archives: [String]) -> [LinkerSetting] {
    shared.map { .linkedLibrary($0, .when(configuration: .debug)) }
        + archives.map { .linkedLibrary(":lib\($0).a", .when(configuration: .release)) }
}

/// cmark-gfm and its extensions (the system libraries' modules link nothing themselves).
let cmarkGFM = cLibraries(shared: ["cmark-gfm", "cmark-gfm-extensions"], archives: ["cmark-gfm-extensions", "cmark-gfm"])
/// libxml2, and in the archive's case what it calls: ICU's converters and their data, liblzma.
let libXML2 = cLibraries(shared: ["xml2"], archives: ["xml2", "icuuc", "icudata", "lzma"])
let package = Package(
    name: "fcdoc",
    products: [
        // Two front ends: the command line, which carries no server stack, and the web application.
        .executable(name: "fcdoc", targets: ["fcdoc"]),
        .executable(name: "fcdoc-serve", targets: ["fcdoc-serve"]),
        .executable(name: "fcdoc-bench", targets: ["fcdoc-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        // Headers only: the targets that use them link the libraries (`cmarkGFM`, `libXML2`).
        .systemLibrary(name: "CCmarkGFM"),
        .systemLibrary(name: "CLibXML2"),
        .target(name: "FCText"),
        // The advance widths of the fonts the charts and the tables are set in.
        .target(name: "FCFontMetrics"),
        // librsvg, loaded at run time (dlopen) for the DOCX's PNG pictures; see SVGRasterizer.
        .target(name: "CSVGRaster", linkerSettings: [.linkedLibrary("dl")]),
        .target(name: "FCConfig", dependencies: ["FCText", "Yams"]),
        .target(name: "FCCostSharing"),
        .target(
            name: "FCReport", dependencies: ["FCText", "FCConfig", "CLibXML2", "ZIPFoundation"], linkerSettings: libXML2),
        .target(name: "FCValidation", dependencies: ["FCConfig", "FCReport"]),
        .target(name: "FCTemplates",
                dependencies: ["FCText", "FCConfig", "FCDocument", "FCCostSharing", "FCReport",
                               .product(name: "Mustache", package: "swift-mustache")],
                exclude: ["Resources"], plugins: ["EmbedResources"]),
        .target(
            name: "FCDocument", dependencies: ["FCText", "CCmarkGFM", .product(name: "Crypto", package: "swift-crypto")],
            linkerSettings: cmarkGFM),
        .target(name: "FCXML", dependencies: ["FCDocument", "CLibXML2"], linkerSettings: libXML2),
        .target(name: "FCCharts", dependencies: ["FCDocument", "FCXML", "FCFontMetrics"]),
        .target(name: "FCWriters",
                dependencies: ["FCText", "FCDocument", "FCXML", "FCFontMetrics", "CSVGRaster", "ZIPFoundation"]),
        .target(name: "FCOutput", dependencies: []),
        // One pipeline: check → plans → documents → files.
        .target(name: "FCRender",
                dependencies: ["FCConfig", "FCValidation", "FCReport", "FCTemplates", "FCCharts", "FCDocument",
                               "FCWriters", "FCOutput", "FCXML", "ZIPFoundation"]),
        // A county folder: its files, the centres' ids, the whole county rendered with an index.
        .target(name: "FCBatch",
                dependencies: ["FCText", "FCConfig", "FCReport", "FCTemplates", "FCRender", "FCWriters", "FCOutput",
                               .product(name: "Crypto", package: "swift-crypto")]),
        // A copy that came back (ODT, DOCX, PDF): its text, its kontrollsumma, what differs.
        .target(name: "FCVerify", dependencies: ["FCConfig", "FCDocument", "FCXML", "FCRender", "ZIPFoundation"]),
        // Two versions of a document compared: the new one with tracked changes.
        .target(name: "FCDiff", dependencies: ["FCText", "FCDocument", "FCConfig", "FCRender", "FCWriters", "FCOutput"]),
        .target(name: "FCServer",
                dependencies: ["FCText", "FCConfig", "FCRender", "FCBatch", "FCTemplates", "FCWriters", "FCOutput", "FCDiff",
                               .product(name: "Hummingbird", package: "hummingbird"),
                               .product(name: "Mustache", package: "swift-mustache"),
                               .product(name: "Crypto", package: "swift-crypto")],
                exclude: ["Resources"], plugins: ["EmbedResources"]),
        // What both front ends share: the web application's options, the version.
        .target(name: "FCFrontEnd", dependencies: ["FCConfig", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(name: "fcdoc",
                          dependencies: ["FCText", "FCRender", "FCBatch", "FCVerify", "FCReport", "FCOutput", "FCConfig",
                                         "FCTemplates", "FCFrontEnd", "FCDiff",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")],
                          exclude: ["Resources"], plugins: ["EmbedResources"]),
        .executableTarget(name: "fcdoc-serve",
                          dependencies: ["FCServer", "FCFrontEnd", "FCConfig",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        // Resources are compiled into the programs (no bundle beside them, no path into .build):
        // the plugin turns a target's Resources/ folder into Swift source.
        .plugin(name: "EmbedResources", capability: .buildTool()),
        .executableTarget(name: "fcdoc-bench"),
        .executableTarget(name: "fcdoc-fuzz", dependencies: ["FCConfig", "FCValidation", "FCRender", "FCDocument", "FCWriters"]),
        // Golden files (Tests/Golden) and their comparison, for both test targets.
        .target(name: "GoldenFiles", path: "Tests/GoldenFiles"),
        .testTarget(name: "FCUnitTests", dependencies: ["GoldenFiles", "FCText", "FCConfig", "FCValidation", "FCTemplates", "FCDocument", "FCWriters", "FCFrontEnd",
                                                      "FCOutput", "FCRender", "FCBatch", "FCVerify", "FCCostSharing", "FCReport", "FCCharts",
                                                      "FCDiff", "FCXML",
                                                      "ZIPFoundation", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(name: "FCServerTests",
                    dependencies: ["FCServer", "FCRender", "FCBatch", "FCConfig",
                                   .product(name: "HummingbirdTesting", package: "hummingbird")]),
        .testTarget(name: "FCEndToEndTests",
                    dependencies: ["GoldenFiles", "FCDocument", "Yams", .product(name: "Crypto", package: "swift-crypto")]),
    ]
)
