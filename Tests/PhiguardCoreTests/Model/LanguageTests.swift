@testable import PhiguardCore
import Testing

/// `Language.of(path:)` decides which rules look at a file; its ASCII fast path must agree
/// with Unicode lower-casing everywhere.
@Suite struct LanguageTests {
    @Test(arguments: [
        ("src/app.py", Language.python), ("SRC/APP.PY", .python), ("a/b/Dockerfile", .dockerfile),
        ("deploy/dockerfile.prod", .dockerfile), (".env", .env), ("config/.env.local", .env), ("app.ENV", .env),
        ("x/Makefile", .shell), ("infra/main.tf", .terraform), ("notes/README", .unknown), ("a.b/c", .unknown),
        (".gitignore", .unknown), ("data/Patients.CSV", .csv), ("dir/", .unknown), ("", .unknown),
    ])
    func asciiNames(path: String, expected: Language) {
        #expect(Language.of(path: path) == expected, "\(path)")
    }

    /// Non-ASCII names keep Unicode's lower-casing, under which the Kelvin sign becomes an
    /// ASCII "k": a file named with it must not dodge the rules of the language it reads as.
    @Test func nonASCIINamesLowerCaseAsUnicodeDoes() {
        #expect(Language.of(path: "build/MA\u{212A}EFILE") == .shell)
        #expect(Language.of(path: "scripts/Ünïcödé.PY") == .python)
        #expect(Language.of(path: "données/patients.csv") == .csv)
    }
}
