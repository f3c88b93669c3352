// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for phiguard's parsers and engine. Build and run with ../fuzz/run.sh,
// never in CI's time.
//
// The main package exports only the `phiguard` executable, and SwiftPM links a path
// dependency only through a library product, so this package compiles the same source
// folders itself: Sources/{CLibGit2,CPCRE2,CSystemZlib,GitKit,PhiguardCore,PhiguardRules} are symbolic links to
// ../Sources/... (one copy of the code, whatever the main package holds at build time).
// Once the main package declares `.library(name: "PhiguardCore", targets: ["PhiguardCore"])`,
// replace the six mirrored targets with `.package(path: "..")` and that product.
//
// The package is named "phiguard" on purpose: SwiftPM names resource bundles
// `<package>_<target>.resources`, and `RulePack.builtIn()` looks for
// `phiguard_PhiguardRules.resources` beside the executable.
//
// Each fuzz target is an executable without a `main`: `-sanitize=fuzzer` links libFuzzer's
// `main`, which calls the `@_cdecl("LLVMFuzzerTestOneInput")` function. `-parse-as-library`
// (set here) keeps the target from having top-level code; the sanitizer flags come from
// the command line (see fuzz/run.sh) so that every Swift module is instrumented.
let fuzzSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

func fuzzTarget(_ name: String) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["PhiguardCore", "FuzzSupport"],
        swiftSettings: fuzzSettings)
}

let package = Package(
    name: "phiguard",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
    ],
    targets: [
        // Mirrors of the main package's targets (symbolic links, see above).
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PhiguardRules", resources: [.copy("rules")]),
        .target(name: "GitKit", dependencies: ["CLibGit2"]),
        .target(
            name: "PhiguardCore",
            dependencies: [
                "GitKit", "CPCRE2", "CSystemZlib", "PhiguardRules",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // What the fuzz targets share: input splitting, the rule packs, invariant checks.
        .target(name: "FuzzSupport", dependencies: ["PhiguardCore"]),

        fuzzTarget("FuzzConfiguration"),
        fuzzTarget("FuzzInlineAllow"),
        fuzzTarget("FuzzTrailer"),
        fuzzTarget("FuzzLedger"),
        fuzzTarget("FuzzEngine"),
        fuzzTarget("FuzzZip"),
    ]
)
