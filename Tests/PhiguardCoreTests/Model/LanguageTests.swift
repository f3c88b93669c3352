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

    /// Differential check against the definition (Unicode lower-casing of the last path
    /// component) on 20,000 random paths of ASCII and non-ASCII pieces.
    @Test func fastPathAgreesWithUnicodeLowerCasing() {
        var random = SplitMix(seed: 11)
        let pieces = ["src/", "a", "B", ".", "py", "PY", "env", ".env", "Dockerfile", "MAKEFILE", "Gemfile", "/", "tf",
                      "json", "é", "\u{212A}", "İ", "ß", "csv", "example", "x.", "dockerfile.", ".envrc", "yml"]
        for _ in 0..<20_000 {
            var path = ""
            for _ in 0..<(1 + Int(random.next() % 6)) { path += pieces[Int(random.next() % UInt64(pieces.count))] }
            #expect(Language.of(path: path) == Self.reference(path), "\(path)")
        }
    }

    /// Languages are compared and hashed by their stored case number, which must be the
    /// position in `allCases`, one byte, distinct per case.
    @Test func casesAreComparedAndHashedByTheirNumber() {
        #expect(MemoryLayout<Language>.size == 1)
        #expect(Language.allCases.map(\.ordinal) == (0..<Language.allCases.count).map(UInt8.init))
        for a in Language.allCases {
            for b in Language.allCases { #expect((a == b) == (a.rawValue == b.rawValue)) }
        }
        let set = Set(Language.allCases)
        #expect(set.count == Language.allCases.count && Language.allCases.allSatisfy(set.contains))
        #expect(Set<Language>([.python, .java]) == Set([.java, .python]) && !Set<Language>([.python]).contains(.java))
    }

    /// A rule's languages are a bit per case: every case needs a bit of its own.
    @Test func languageSetsHoldEveryCaseAndIterateInOrder() {
        #expect(Language.allCases.count <= 64)
        var all = LanguageSet()
        for language in Language.allCases.reversed() {
            let inserted = all.insert(language)
            #expect(inserted)
        }
        #expect(Array(all) == Language.allCases && all.count == Language.allCases.count)
        let again = all.insert(.python)
        #expect(!again)
        let some: LanguageSet = [.sql, .python]
        #expect(Array(some) == [.python, .sql] && some.contains(.sql) && !some.contains(.unknown))
        #expect(some == LanguageSet([.python, .sql, .python]) && some != [.python] && LanguageSet().isEmpty)
        var grouped = LanguageSet()
        grouped.formUnion(Language.groups["config"] ?? [])
        #expect(grouped.count == 10 && grouped.contains(.terraform) && !grouped.contains(.python))
    }

    /// `Language.of(path:)` as it was before the ASCII fast path.
    static func reference(_ path: String) -> Language {
        let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        return Language.of(path: name.unicodeScalars.allSatisfy(\.isASCII) ? name : "x/" + name)
    }
}
