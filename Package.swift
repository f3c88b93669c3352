// swift-tools-version:6.0
import PackageDescription

// libgit2 and the libraries it needs are linked from libgit2-dev's static archives on
// Linux. A hook starts on every commit: loading libgit2.so's eight shared dependencies
// (OpenSSL's libcrypto, mbedTLS, libssh2, Kerberos) and binding their symbols cost more
// than a millisecond of every run (README, "Performance"). Kerberos's GSSAPI, which has
// no static archive in Debian, is loaded only if libgit2 ever calls it (CLazyGSSAPI), and
// so is libssh2 (CLazySSH2), which would otherwise bring OpenSSL's libcrypto along.
//
// `--wrap` routes libgit2's calls to two start-up routines to phiguard's own no-op
// versions, defers its https set-up to the first https stream (both in
// GitKit/Internal/SkippedInitialisation.swift), and routes its diff-driver lookup to
// one that reads no attributes (GitKit/Internal/NoDiffDrivers.swift): with static
// archives, defining the same symbol again would be a duplicate definition. (PCRE2 and
// zlib archives close the list for binaries that do not link those libraries themselves;
// where a target already links them as shared libraries, those are used.)
let libgit2Linkage: [LinkerSetting] = [
    .unsafeFlags(
        ["mbedtls_x509_crt_parse_file", "mbedtls_havege_init", "git_diff_driver_lookup",
         "git_mbedtls_stream_global_init", "git_mbedtls_stream_new", "git_mbedtls_stream_wrap", "git_mbedtls__set_cert_location"]
            .flatMap { ["-Xlinker", "--wrap=\($0)"] }
            + ["git2", "mbedtls", "mbedx509", "mbedcrypto", "http_parser", "pcre2-8", "z"]
            .flatMap { ["-Xlinker", "-l:lib\($0).a"] },
        .when(platforms: [.linux])),
    .linkedLibrary("git2", .when(platforms: [.macOS])),
]

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
        // Headers only: how libgit2 is linked is GitKit's choice, below.
        .systemLibrary(name: "CLibGit2", providers: [.apt(["libgit2-dev"])]),
        .systemLibrary(name: "CPCRE2", pkgConfig: "libpcre2-8", providers: [.apt(["libpcre2-dev"])]),
        // zlib for reading .xlsx/.docx (not "CZlib": the tests' ZIPFoundation has a module of that name).
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // The built-in rule pack: data only (why it is not in PhiguardCore: its header).
        .target(name: "PhiguardRules", resources: [.copy("rules")]),
        // libgit2's GSS-API and libssh2 calls, forwarded to the real libraries loaded on
        // first use.
        .target(name: "CLazyGSSAPI"),
        .target(name: "CLazySSH2"),
        .target(name: "GitKit",
                dependencies: ["CLibGit2",
                               .target(name: "CLazyGSSAPI", condition: .when(platforms: [.linux])),
                               .target(name: "CLazySSH2", condition: .when(platforms: [.linux]))],
                // Code that calls a wrapped routine's `__real_` side builds only where the
                // wraps are linked (not in Fuzz/, which links libgit2 as a shared library).
                swiftSettings: [.define("PHIGUARD_WRAPPED_LIBGIT2", .when(platforms: [.linux]))],
                linkerSettings: libgit2Linkage),
        .target(
            name: "PhiguardCore",
            dependencies: [
                "GitKit", "CPCRE2", "CSystemZlib", "PhiguardRules",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "phiguard",
            dependencies: [
                "PhiguardCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // A linker script install.sh uses to link libstdc++ statically (see the file).
            exclude: ["Linking"]
        ),
        // Real temporary repositories and a runner for the built binary, shared by the tests.
        .target(name: "_PhiguardTestSupport", dependencies: ["GitKit"], path: "Tests/_PhiguardTestSupport"),
        .testTarget(name: "GitKitTests", dependencies: ["GitKit", "_PhiguardTestSupport"]),
        .testTarget(
            name: "PhiguardCoreTests",
            // ZIPFoundation: an independent zip writer to test phiguard's reader against.
            dependencies: ["PhiguardCore", "GitKit", "_PhiguardTestSupport",
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            // Read from the source tree by path (Fixtures.swift), not bundled.
            exclude: ["Fixtures"]),
        .testTarget(name: "PhiguardCLITests", dependencies: ["phiguard", "_PhiguardTestSupport"]),
    ]
)
