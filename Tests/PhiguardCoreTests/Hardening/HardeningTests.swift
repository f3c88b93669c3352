import Foundation
@testable import PhiguardCore
import Testing

/// Hostile input at the level of the parsers and the engine (issue 7). Inputs that once
/// crashed a fuzz target are replayed from fuzz/corpus/regressions/ by `FuzzRegressionTests`.
/// Tests marked "regression:" failed when written; each names the fix (or fixing commit).
@Suite struct ConfigurationHardeningTests {
    /// Was a crash (fixed in 77628ce by a pre-parse screen, and for good since TOMLKit was
    /// replaced by our own TOML reader, TOMLParser): a `.phiguard.toml` with one deeply dotted
    /// key (`a.a.a…a = 1`, 150,000 levels: a 300 kB file) overflowed the stack inside toml++'s
    /// recursive `parser::update_region_ends` (TOMLKit 0.6.0): SIGSEGV instead of exit 2.
    /// TOMLParser does not recurse and refuses key paths deeper than 1,000 levels and files
    /// over 1 MiB. Runs in a child process, so a return of a crash fails this test only.
    @Test func deeplyDottedKeyIsAnErrorNotACrash() async {
        await #expect(processExitsWith: .success) {
            let text = Array(repeating: "a", count: 200_000).joined(separator: ".") + " = 1\n"
            do {
                _ = try Configuration.parse(text, path: ".phiguard.toml")
            } catch let error as PhiguardError {
                guard case .configuration = error else { exit(3) }
                exit(0)
            }
            exit(4)
        }
    }

    /// Were aborts in toml++ (TOMLKit 0.6.0; SIGABRT, in release builds too), each found by
    /// the configuration fuzz target; fixed for good by replacing TOMLKit with our own TOML
    /// reader (TOMLParser), which reads UTF-8 bytes and reports every malformed header as
    /// an error with line and column. toml++ asserted on a table header whose first key
    /// character is not a bare-key character or a quote: `[*.csv]`, `[~]`, `[[é]]`, a lone
    /// `[` (one typo in `.phiguard.toml` killed every command). The pre-parse screen of
    /// 77628ce then missed, one after the other: `[[[a]]]` and ` [[[[1` (it dropped every
    /// leading '[', toml++ takes two); a byte-order mark before `[~]`; a `"""` in a comment,
    /// taken for an open string, hiding the next header; and `[\u{0320}a]` (found against
    /// 0999776: '[' followed by a combining mark is one Character, which the screen did not
    /// see as '['). Runs in a child process, so a return of a crash fails this test only.
    @Test func invalidTableHeaderIsAnErrorNotAnAbort() async {
        await #expect(processExitsWith: .success) {
            for text in ["[*.csv]\n", "[~]\n", "[[é]]\n", "[\n", "  [[\u{7F}]]\n", "[[[a]]]\n", " [[[[1\n", "\u{FEFF}[~]\n", "# \"\"\"\n[~]\n", "[\u{0320}a]\n"] {
                do {
                    _ = try Configuration.parse(text, path: ".phiguard.toml")
                    exit(5)
                } catch let error as PhiguardError {
                    guard case .configuration = error else { exit(3) }
                }
            }
            exit(0)
        }
    }

    /// Were aborts in toml++ (TOMLKit 0.6.0; SIGABRT, release builds too), found by the
    /// configuration fuzz target; fixed by replacing TOMLKit with our own TOML reader
    /// (TOMLParser). toml++ asserted when an array holds '}' where a value should start
    /// (`disable = [}`, `languages = ["code", }`, '}' on the line after `[` and a comment),
    /// and — found against 0999776 — on a value: `q= 1\u{FFFD}\u{FFFD}---0-\u{FFFD}c 9 1\u{FFFD}\u{FFFD}`
    /// (valid UTF-8, no final newline) tripped `!is_value_terminator(*cp)` in its number
    /// parsing. toml++ has 34 such assertions on its parse paths (with NDEBUG they become
    /// undefined behaviour), so no pre-parse screen could cover them; TOMLParser reports
    /// each as an error with line and column. Runs in a child process, so a return of a
    /// crash fails this test only.
    @Test func braceInArrayIsAnErrorNotAnAbort() async {
        await #expect(processExitsWith: .success) {
            for text in ["disable = [}\n", "disable = [\"x\", }\n", "disable = [ # c\n}\n",
                         "[[rule]]\nlanguages = [\"code\", }\n",
                         "q= 1\u{FFFD}\u{FFFD}---0-\u{FFFD}c 9 1\u{FFFD}\u{FFFD}"] {
                do {
                    _ = try Configuration.parse(text, path: ".phiguard.toml")
                    exit(5)
                } catch let error as PhiguardError {
                    guard case .configuration = error else { exit(3) }
                }
            }
            exit(0)
        }
    }

    @Test(arguments: [
        "a = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000),
        "a = " + String(repeating: "{b=", count: 5_000) + "1" + String(repeating: "}", count: 5_000),
        String(repeating: "[[rule]]\n", count: 20_000),
        "disable = [" + Array(repeating: "\"x\"", count: 50_000).joined(separator: ",") + "]",
        "\u{0}\u{1}\u{FEFF}disable = []",
        "[scan]\ncontext_lines = 9223372036854775807",
        "[scan]\ncontext_lines = -1",
        "[severity]\nsecret = 1",
        "[[allow]]\npaths = []\nreason = \"synthetic fixtures for the tests\"",
        "[[allow]]\npaths = [\"**\"]\nreason = \"ok\"",
    ])
    func hostileConfigurationIsRefusedCleanly(_ text: String) {
        do {
            let configuration = try Configuration.parse(text, path: ".phiguard.toml")
            // Whatever loads must still be within the documented bounds.
            #expect((0...20).contains(configuration.contextLines))
            #expect(configuration.allows.allSatisfy { Justification.problem(with: $0.reason) == nil })
        } catch {
            #expect(error is PhiguardError, "\(error)")
        }
    }

    /// A repository rule whose pattern does not compile is refused when the configuration
    /// loads, never at scan time.
    @Test func brokenRulePatternIsRefusedAtLoad() {
        let text = """
            [[rule]]
            id = "secret.broken"
            category = "secret"
            message = "m"
            hipaa = "h"
            remediation = "r"
            pattern = '''(unclosed'''
            triggers = ['↓x']
            near_misses = ['y']
            """
        #expect(throws: PhiguardError.self) { try Configuration.parse(text, path: ".phiguard.toml") }
    }
}

@Suite struct EngineHardeningTests {
    static func rule(_ pattern: String, keywords: [String] = ["aaaa"]) -> Rule {
        Rule(id: "secret.hostile", category: .secret, severity: .block, message: "m", hipaa: "h", remediation: "r",
             languages: [], keywords: keywords, pattern: pattern, triggers: [Example("↓aaaa")], nearMisses: [Example("b")])
    }

    static func engine(_ rules: [Rule]) throws -> Engine {
        Engine(pack: try RulePack(rules: rules), fingerprintKey: "test")
    }

    @Test func catastrophicPatternBecomesAScanLimitFinding() throws {
        let engine = try Self.engine([Self.rule("(a+)+$")])
        let content = Array((String(repeating: "a", count: 50_000) + "!\n").utf8)
        let start = Date()
        let findings = try engine.scan(ScanInput(path: "x.txt", content: content, addedLines: [1]))
        #expect(Date().timeIntervalSince(start) < 10)
        let limit = try #require(findings.first { $0.ruleID == "meta.scan-limit" })
        #expect(limit.severity == .block)
        #expect(limit.message.contains("secret.hostile"))
        #expect(!limit.snippet.contains("aaaa"))
    }

    /// The engine takes any bytes: invalid UTF-8, NULs, lone surrogates' encodings, a BOM,
    /// CR-only line ends — and added-line lists that are out of range, unsorted or repeated.
    @Test(arguments: [
        [0xFF, 0xFE, 0x00, 0x41, 0x0A],
        [0xED, 0xA0, 0x80, 0x35, 0x32, 0x34, 0x2D, 0x37, 0x31, 0x2D, 0x33, 0x33, 0x30, 0x32],
        [0xEF, 0xBB, 0xBF] + Array("print(record)\r".utf8),
        Array(repeating: 0x0A, count: 10_000),
        Array("\r\r\r-\r-\r".utf8),
        [0xC3],
    ] as [[UInt8]])
    func anyBytesScanWithoutThrowing(_ content: [UInt8]) throws {
        let engine = Engine(pack: try RulePack.builtIn(directory: Fixtures.rulesDirectory), fingerprintKey: "test")
        for lines in [[1], [0, -5, 1, 1, 99_999], [3, 1, 2], Array(1...20)] {
            for path in ["a.py", "a.js", "a.txt", "a.csv"] {
                let findings = try engine.scan(ScanInput(path: path, content: content, addedLines: lines))
                for finding in findings {
                    #expect(finding.line >= 1 && finding.column >= 1)
                    #expect(!finding.snippet.contains("\n"))
                }
            }
        }
    }

    /// A value on a CRLF line is cut out of the snippet, and the CR does not reach it.
    @Test func crlfLineSnippetIsRedactedWithoutCarriageReturn() throws {
        let engine = Engine(pack: try RulePack.builtIn(directory: Fixtures.rulesDirectory), fingerprintKey: "test")
        let content = Array("a = 1\r\nssn = \"524-71-3302\"\r\n".utf8)
        let findings = try engine.scan(ScanInput(path: "a.py", content: content, addedLines: [2]))
        let finding = try #require(findings.first { $0.ruleID == "phi-literal.fixture-ssn" })
        #expect(finding.line == 2 && finding.column == 8)
        #expect(!finding.snippet.contains("524-71-3302") && !finding.snippet.contains("\r"))
    }
}

@Suite struct LedgerHardeningTests {
    let directory = NSTemporaryDirectory() + "ledger-hardening-\(UUID().uuidString)"
    var ledger: Ledger { Ledger(directory: directory) }

    static func override(reason: String) -> AppliedOverride {
        let finding = Finding(ruleID: "phi-literal.ssn", category: .phiLiteral, severity: .block, file: "a.txt", line: 1,
                              column: 1, commit: nil, message: "m", hipaa: "h", remediation: "r",
                              fingerprint: String(repeating: "a", count: 64), snippet: "")
        return AppliedOverride(kind: .bypass, finding: finding, reason: reason)
    }

    /// regression (fixed in 1772217): the ledger was decoded with `String(decoding:as:)`,
    /// which turns invalid UTF-8 into U+FFFD. A stored U+FFFD (EF BF BD) replaced by one
    /// invalid byte (FF) decoded to the same text, so `verify()` called an edited file intact.
    @Test func byteEditBehindAReplacementCharacterIsDetected() throws {
        try ledger.append([Self.override(reason: "vendor sample \u{FFFD} reviewed by compliance")], commit: nil,
                          user: "Dev", email: "dev@example.org")
        #expect(try ledger.verify() == .intact(entries: 1))
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: ledger.path)))
        let marker: [UInt8] = [0xEF, 0xBF, 0xBD]
        let at = try #require((0...(bytes.count - 3)).first { Array(bytes[$0..<($0 + 3)]) == marker })
        bytes.replaceSubrange(at..<(at + 3), with: [0xFF])
        try Data(bytes).write(to: URL(fileURLWithPath: ledger.path))
        #expect(try ledger.verify() != .intact(entries: 1), "a byte-level edit of the ledger verified as intact")
    }

    /// kill -9 cannot be held off: an append killed after the log write but before its
    /// head moved into place leaves the old head and a pending one that matches the log.
    /// That state verifies (and the next append repairs it); the same log without the
    /// pending head is a truncation or a replacement, and does not.
    @Test func appendKilledBeforeItsHeadMovedStillVerifies() throws {
        try ledger.append([Self.override(reason: "first synthetic fixture, reviewed")], commit: nil, user: "Dev", email: "d@example.org")
        let firstHead = try Data(contentsOf: URL(fileURLWithPath: ledger.headPath))
        try ledger.append([Self.override(reason: "second synthetic fixture, reviewed")], commit: nil, user: "Dev", email: "d@example.org")
        let secondHead = try Data(contentsOf: URL(fileURLWithPath: ledger.headPath))
        #expect(!FileManager.default.fileExists(atPath: ledger.pendingHeadPath), "the pending head is moved into place")

        try firstHead.write(to: URL(fileURLWithPath: ledger.headPath))
        #expect(try ledger.verify() != .intact(entries: 2), "a head one entry behind, with nothing pending")
        try secondHead.write(to: URL(fileURLWithPath: ledger.pendingHeadPath))
        #expect(try ledger.verify() == .intact(entries: 2))
        try firstHead.write(to: URL(fileURLWithPath: ledger.pendingHeadPath))
        #expect(try ledger.verify() != .intact(entries: 2), "a pending head that does not match the log")

        try secondHead.write(to: URL(fileURLWithPath: ledger.pendingHeadPath))
        try ledger.append([Self.override(reason: "third synthetic fixture, reviewed")], commit: nil, user: "Dev", email: "d@example.org")
        #expect(try ledger.verify() == .intact(entries: 3))
    }

    @Test(arguments: [
        "", "\n", "\n\n\n", "{}", "{}\n", "null\n", "[1,2]\n", "{\"time\":1}\n", "\u{FEFF}{}\n",
        String(repeating: "{", count: 100_000) + "\n", "\"" + String(repeating: "\\u0000", count: 10_000) + "\"\n",
    ])
    func garbageNeverVerifiesAndNeverCrashes(_ text: String) throws {
        try FileLock.createDirectory(directory)
        try Data(text.utf8).write(to: URL(fileURLWithPath: ledger.path))
        let verdict = try ledger.verify()
        if text.isEmpty {
            #expect(verdict == .intact(entries: 0))
        } else {
            guard case .broken = verdict else { Issue.record("\(text.prefix(40)) verified as \(verdict)"); return }
            #expect(throws: (any Error).self) { try ledger.entries() }
        }
    }

    @Test(arguments: ["", "x", "1", "1 ", "-1 00", "99999999999999999999999 ab", "0 " + LedgerEntry.genesis])
    func damagedHeadRecordIsReported(_ head: String) throws {
        try ledger.append([Self.override(reason: "synthetic fixture, reviewed")], commit: nil, user: "Dev", email: "d@example.org")
        try Data(head.utf8).write(to: URL(fileURLWithPath: ledger.headPath))
        guard case .broken = try ledger.verify() else {
            Issue.record("head '\(head)' accepted"); return
        }
    }
}

@Suite struct TrailerHardeningTests {
    /// What the commit-msg hook writes, CI must read back: for messages of every shape.
    @Test(arguments: [
        "", "subject", "subject\n", "subject\n\n", "subject\r\n", "subject\r", "\n\n\n",
        "subject\n\nbody\n\nSigned-off-by: A <a@example.org>\n", "subject\n\nKey: value\nother line\n",
        "subject\r\n\r\nSigned-off-by: A <a@example.org>\r\n", "subject \n \n ", "subject\n\n# comment\n",
        "subject\n\nPhiguard-Override: phi-literal.ssn 0123456789abcdef earlier reason\n",
        "subject\u{2028}\u{2029}\u{85}", "subject\n\n\u{FEFF}Key: value",
    ])
    func appendedTrailerIsReadBack(_ message: String) {
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32),
                                      reason: "synthetic SSN\nfrom the generator, 524-71-3302")
        #expect(!trailer.line.contains("524-71-3302"), "the reason is scrubbed")
        #expect(!trailer.line.contains("\n"))
        let appended = OverrideTrailer.append([trailer], to: message)
        #expect(OverrideTrailer.parse(message: appended).contains(trailer), "\(appended.debugDescription)")
        #expect(OverrideTrailer.append([trailer], to: appended) == appended, "idempotent")
    }

    /// regression (found by the trailer fuzz target against 0493ddc): OverrideTrailer.append
    /// cuts the message at the scissors text wherever it occurs — also inside the reason of
    /// a trailer it wrote before — so a second append (`git commit --amend`, a re-run hook)
    /// splices the new trailer into the middle of the old trailer's line. Fix: in append
    /// (and Scan.scanMessage), look for the scissors only as a whole line: at the start of
    /// the message or after "\n", followed by "\n" or the end.
    @Test func scissorsTextInsideAReasonIsNotACut() {
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32),
                                      reason: "see # ------------------------ >8 ------------------------ above")
        let once = OverrideTrailer.append([trailer], to: "Add fixtures\n")
        #expect(OverrideTrailer.append([trailer], to: once) == once, "\(OverrideTrailer.append([trailer], to: once).debugDescription)")
        let other = OverrideTrailer(rule: "secret.key", fingerprint: String(repeating: "cd", count: 32), reason: "throw-away test key")
        let twice = OverrideTrailer.append([other], to: once)
        #expect(OverrideTrailer.parse(message: twice).map(\.rule) == ["phi-literal.ssn-dashed", "secret.key"], "\(twice.debugDescription)")
    }

    /// regression (found by the trailer fuzz target against 0999776): a last line that is the
    /// scissors text plus trailing blanks is not a scissors line (to git or to
    /// `scissorsLine(in:)`), but append strips trailing blanks from the body, which turns it
    /// into one — with the new trailer below it, where git cuts it; a second append then
    /// moves it above. Fixed: append drops trailing blank lines only, never the blanks that
    /// end the last line.
    @Test func nearScissorsLineDoesNotBecomeOne() {
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32),
                                      reason: "synthetic SSN from the generator")
        let message = "Add fixtures\n\n" + OverrideTrailer.scissors + "  "
        let appended = OverrideTrailer.append([trailer], to: message)
        #expect(OverrideTrailer.append([trailer], to: appended) == appended, "\(appended.debugDescription)")
        if let scissors = appended.range(of: "\n" + OverrideTrailer.scissors + "\n"), let line = appended.range(of: trailer.line) {
            #expect(line.lowerBound < scissors.lowerBound, "the trailer sits below a scissors line: \(appended.debugDescription)")
        }
    }

    /// regression (found by the trailer fuzz target after 7203304): a scissors line ending in
    /// CR was not one until append added "\n" after it; git never takes a CRLF scissors
    /// line for one, and neither does phiguard now — but a scissors line after a CRLF line is.
    @Test func scissorsLinesAsGitSeesThem() {
        #expect(OverrideTrailer.scissorsLine(in: "subject\n" + OverrideTrailer.scissors + "\r\ndiff\n") == nil)
        #expect(OverrideTrailer.scissorsLine(in: "subject\n" + OverrideTrailer.scissors + "\r") == nil)
        #expect(OverrideTrailer.scissorsLine(in: "subject\r\n" + OverrideTrailer.scissors + "\ndiff\n") != nil)
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32),
                                      reason: "synthetic SSN from the generator")
        let appended = OverrideTrailer.append([trailer], to: OverrideTrailer.scissors + "\r")
        #expect(OverrideTrailer.parse(message: appended) == [trailer], "\(appended.debugDescription)")
    }

    /// regression (found by the trailer fuzz target after 81f3d0c): the commit-msg hook writes
    /// the trailer above a scissors line, but parse read the last paragraph of the whole
    /// message — the verbose diff below the line, which git cuts off, or keeps with
    /// `--cleanup=verbatim` (then CI never saw the trailer and blocked). Parse now reads
    /// only what is above a scissors line.
    @Test func trailerAboveAScissorsLineIsRead() {
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32),
                                      reason: "synthetic SSN from the generator")
        let message = "Add fixtures\n\n" + OverrideTrailer.scissors + "\n\n\ndiff --git a/x b/x\nKey: value\n"
        let appended = OverrideTrailer.append([trailer], to: message)
        #expect(appended.hasSuffix(OverrideTrailer.scissors + "\n\n\ndiff --git a/x b/x\nKey: value\n"))
        #expect(OverrideTrailer.parse(message: appended) == [trailer], "\(appended.debugDescription)")
    }

    /// regression (found by the trailer fuzz target against 0999776, through the scissors
    /// path): parse(message:) splits paragraphs with `split(separator: "\n\n")`, so a message
    /// ending in three or more newlines (kept by `--cleanup=verbatim`, or below a scissors
    /// line) has a last "paragraph" of one "\n", and every trailer before it is lost — CI
    /// blocks the overridden findings. Fixed: parse and append split paragraphs as git does
    /// (`OverrideTrailer.paragraphs(of:)`: a line of blanks separates, blank runs collapse).
    @Test(arguments: ["\n\n\n", "\n\n\n\n\n", "\n \n\n"])
    func trailingBlankLinesDoNotHideTrailers(_ tail: String) {
        let message = "Add fixtures\n\nPhiguard-Override: phi-literal.ssn 0123456789abcdef synthetic SSN one" + tail
        #expect(OverrideTrailer.parse(message: message).map(\.rule) == ["phi-literal.ssn"], "\(message.debugDescription)")
    }

    /// regression (found by the trailer fuzz target): parse(message:) splits a trailer line
    /// into fields on the Character " ", but a space followed by a combining mark, a
    /// zero-width joiner or a variation selector is one Character: a reason that starts with
    /// one (" ̈reviewed", " ️..." from a pasted emoji) glues itself to the fingerprint prefix,
    /// the prefix is no longer hex, and the trailer the commit-msg hook wrote is never read
    /// back — CI blocks the overridden finding. Fix: in OverrideTrailer.parse, split lines
    /// and fields on Unicode scalars (`line.unicodeScalars.split(separator: " ", maxSplits: 2)`),
    /// not Characters; or have OverrideTrailer.init drop leading grapheme extenders from the
    /// reason.
    @Test(arguments: ["\u{0308}reviewed synthetic data", "\u{0610} synthetic fixture values", "\u{FE0F} test key from the docs",
                      "\u{200D}synthetic SSN from the generator"])
    func reasonStartingWithACombiningMarkIsReadBack(_ reason: String) {
        let trailer = OverrideTrailer(rule: "phi-literal.ssn-dashed", fingerprint: String(repeating: "ab", count: 32), reason: reason)
        let appended = OverrideTrailer.append([trailer], to: "Add fixtures\n")
        #expect(OverrideTrailer.parse(message: appended).contains { $0.rule == trailer.rule && $0.fingerprintPrefix == trailer.fingerprintPrefix },
                "\(appended.debugDescription)")
    }

    /// regression (found by the trailer fuzz target): parse(message:) splits paragraphs and
    /// lines on the Character "\n", and Swift keeps "\r\n" as one Character. In a CRLF
    /// message (a Windows client, `--cleanup=verbatim`) no paragraph or line break is seen:
    /// no trailer is found at all, so CI blocks every finding that was overridden; in a
    /// message that mixes LF and CRLF, a trailer's reason swallows the following lines
    /// ("reason\r\nSigned-off-by: ..."), which `phiguard log --range` prints as is. Fix: in OverrideTrailer.parse
    /// (and append), normalise the message first — `message.replacing("\r\n", with: "\n")`
    /// — then split; and drop control characters from a parsed reason.
    @Test func crlfMessageKeepsEveryTrailerOnItsOwnLine() {
        let message = "Add fixtures\r\n\r\nPhiguard-Override: phi-literal.ssn 0123456789abcdef synthetic SSN one\r\n"
            + "Phiguard-Override: secret.key fedcba9876543210 throw-away test key\r\nSigned-off-by: A <a@example.org>\r\n"
        let trailers = OverrideTrailer.parse(message: message)
        #expect(trailers.map(\.rule) == ["phi-literal.ssn", "secret.key"])
        for trailer in trailers {
            let spans = trailer.reason.contains { $0.isNewline }
            #expect(!spans, "\(trailer.reason.debugDescription)")
        }
    }

    @Test(arguments: [
        "Phiguard-Override: a 0123456 r", "Phiguard-Override:", "Phiguard-Override: a b", "phiguard-override: a 01234567 r",
        "Phiguard-Override: a 0123456789abcdefXYZ r", String(repeating: "Phiguard-Override: x 01234567 y\n", count: 10_000),
    ])
    func parseTakesAnything(_ message: String) {
        for trailer in OverrideTrailer.parse(message: message) {
            #expect(trailer.fingerprintPrefix.count >= 8 && trailer.fingerprintPrefix.allSatisfy(\.isHexDigit))
            #expect(!trailer.reason.isEmpty && !trailer.rule.isEmpty)
        }
    }
}

@Suite struct InlineAllowHardeningTests {
    @Test(arguments: [
        "phiguard:allow", "phiguard:allow ", "phiguard:allow\t-- reason", "phiguard:allow phi-literal --",
        "phiguard:allow phi-literal -- \u{0} reason with NUL", "phiguard:allowphiguard:allow x -- y",
        "phiguard:allow " + String(repeating: "a", count: 100_000) + " -- reason text here",
        "phiguard:allow x -- " + String(repeating: "-- */ ", count: 10_000),
        "\u{FF}phiguard:allow phi-literal -- bytes before", "phiguard:allow é -- accented target",
    ])
    func findTakesAnything(_ line: String) {
        let content = Array((line + "\nnext\n").utf8)
        for allow in InlineAllow.find(in: content, lines: [1, 2]) {
            #expect(allow.line == 1)
            #expect(!allow.target.isEmpty)
        }
        var invalid = Array(line.utf8)
        invalid.insert(0xC3, at: min(5, invalid.count))
        _ = InlineAllow.find(in: invalid, lines: [1])
    }
}
