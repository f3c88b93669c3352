// swift-tools-version:6.0
import PackageDescription

// Reads like the target table in DESIGN.md: dependencies point strictly downward,
// phiguard -> PhiguardCore -> GitKit -> CLibGit2, and only GitKit and the engine's
// Pattern type ever see a C type.
let package = Package(
    name: "phiguard",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "phiguard", targets: ["phiguard"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.0.0"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .systemLibrary(name: "CLibGit2", pkgConfig: "libgit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        .target(name: "GitKit", dependencies: ["CLibGit2"]),
        .target(
            name: "PhiguardCore",
            dependencies: [
                "GitKit", "CPCRE2",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Rules/Resources/rules")]
        ),
        .executableTarget(
            name: "phiguard",
            dependencies: [
                "PhiguardCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Real temporary repositories and a runner for the built binary, shared by the tests.
        .target(name: "_PhiguardTestSupport", dependencies: ["GitKit"], path: "Tests/_PhiguardTestSupport"),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "_PhiguardTestSupport"]),
        .testTarget(
            name: "PhiguardCoreTests",
            dependencies: ["PhiguardCore", "GitKit", "_PhiguardTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "PhiguardCLITests", dependencies: ["phiguard", "_PhiguardTestSupport"]),
    ]
)
