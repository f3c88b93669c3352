import _PhiguardTestSupport
import Foundation
import Testing

/// The built binary against hostile content, odd repository shapes and broken state
/// (issue 7): it must finish, fail closed with exit 2 and a one-line cause, and never pass
/// in silence. Timings are printed (`hostile-timing:` lines) for docs/security.md.
///
/// Tests marked "regression:" failed when they were written; each names the bug and the fix
/// it waits for (or the commit that fixed it).
@Suite struct HostileInputTests {
    // MARK: - Pathological content

    /// A 10 MB minified bundle staged as one line of JavaScript-looking tokens.
    @Test func minifiedTenMegabyteBundleFinishes() throws {
        let fixture = try CLIFixture()
        try fixture.repository.write("dist/bundle.min.js", bytes: Hostile.minifiedBundle(bytes: 10 * 1024 * 1024))
        try fixture.repository.git(["add", "."])
        for pack in [Hostile.Pack.fixture, .builtIn] {
            let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: pack, timeout: 120)
            Hostile.record("10 MB minified bundle (\(pack))", run)
            #expect(!run.timedOut, "scan of a 10 MB bundle did not finish in 120 s (\(pack))")
            #expect(run.status == 0 || run.status == 1, "\(pack): \(run.stderr)")
            #expect(run.stdout.contains("\"lines\": 1"), "the one added line was counted as scanned")
        }
    }

    /// One line of 1 MB of the same character.
    @Test(arguments: ["a", "-", "0", " "])
    func oneMegabyteLineOfOneCharacterFinishes(_ character: String) throws {
        let fixture = try CLIFixture()
        try fixture.write("data/line.txt", String(repeating: character, count: 1024 * 1024) + "\n")
        try fixture.repository.git(["add", "."])
        for pack in [Hostile.Pack.fixture, .builtIn] {
            let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: pack, timeout: 120)
            Hostile.record("1 MB line of '\(character)' (\(pack))", run)
            #expect(!run.timedOut)
            #expect(run.status == 0 || run.status == 1, "\(pack): \(run.stderr)")
        }
    }

    /// The issue's budget: a pathological file never stalls a commit for more than 2 s.
    /// Measured on the binary under test (a debug build in `swift test`; set
    /// PHIGUARD_TEST_BINARY to a release build to hold the real figure to it).
    @Test func pathologicalContentStaysWithinTheTwoSecondBudget() throws {
        let fixture = try CLIFixture()
        try fixture.repository.write("dist/bundle.min.js", bytes: Hostile.minifiedBundle(bytes: 10 * 1024 * 1024))
        try fixture.write("data/line.txt", String(repeating: "a", count: 1024 * 1024) + "\n")
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .builtIn, timeout: 120)
        Hostile.record("bundle + 1 MB line, budget check (builtIn)", run)
        let budget = Hostile.isReleaseBinary ? 2.0 : 2.0 * Hostile.debugSlowdown
        #expect(run.seconds < budget,
                "regression: no per-scan time budget; \(String(format: "%.2f", run.seconds)) s > \(budget) s")
    }

    /// regression: every match on a line costs time proportional to the whole line — the
    /// snippet is built from the full line (Engine.finding → Redaction.snippet/scrub over
    /// every scalar, then cut to 160 characters), the column is counted from the line start,
    /// and `context`/`unless` checks scan the full line again — while deduplication keeps one
    /// finding per category and line. A one-line JSON export of SSNs, or a minified bundle
    /// of cookie calls, is quadratic: release build, 40 kB of SSNs = 2.4 s CPU, 40 kB of
    /// `res.cookie(...)` = 8.8 s, 200 kB of either did not finish in 120 s; the time budget is
    /// not consulted inside one rule's matches. Fix (Engine.scan(_:window:...)): skip matches
    /// on a line that already has a finding of the rule's category, build the snippet and
    /// column from a bounded slice (256 bytes either side of the match), bound the
    /// `context`/`unless` ranges to that slice on long lines, and check the deadline per match.
    @Test(arguments: ["ssn-json", "cookie-bundle"])
    func manyMatchesOnOneLongLineStayLinear(_ kind: String) throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", Hostile.budgetConfiguration)
        if kind == "ssn-json" {
            try fixture.write("export/patients.json", "[" + String(repeating: "\"524-71-3302\",", count: 15_000) + "0]\n")
        } else {
            try fixture.write("dist/app.min.js", String(repeating: "res.cookie(\"sid\",t,{secure:true});", count: 6_000) + "\n")
        }
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture, timeout: 30)
        Hostile.record("200 kB line of many matches (\(kind))", run)
        #expect(!run.timedOut, "killed after 30 s")
        #expect(run.seconds < 2.0 * Hostile.debugSlowdown, "took \(run.seconds) s")
        #expect(run.status == 1 || kind == "cookie-bundle", "\(run.stderr)")
    }

    /// A repository's own rule with a catastrophic pattern, on a long line: PCRE2's match
    /// limit stops it and the scan says so with a blocking meta.scan-limit finding.
    @Test func catastrophicPatternInConfigurationIsAScanLimitFinding() throws {
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", Hostile.ruleConfiguration(id: "secret.redos", pattern: "(a+)+$", keyword: "aaaa"))
        try fixture.write("src/long.txt", String(repeating: "a", count: 100_000) + "!\n")
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture, timeout: 60)
        Hostile.record("(a+)+$ on a 100 kB line", run)
        #expect(!run.timedOut)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.stdout.contains("\"rule\": \"meta.scan-limit\""))
        #expect(run.stdout.contains("secret.redos"))
    }

    /// regression: a pattern that stays under PCRE2's match limit at every start offset is
    /// run once per offset. The scan's time budget (`[scan] time_budget_seconds`, Engine.deadline)
    /// is checked only before each rule starts on a window, so one rule on one long line is
    /// never interrupted: release build, 2,000 a's = 12 s of CPU, exit 0 and no finding.
    /// Fix: pass the deadline into Pattern.matches and check it between pcre2_match calls
    /// (each call is bounded by the match limit, a few ms), and in the per-match loop of
    /// Engine.scan(_:window:...); when it passes, stop and append limitFinding for the rule.
    @Test func patternUnderTheMatchLimitAtEveryOffsetIsStoppedByATimeBudget() throws {
        let fixture = try CLIFixture()
        // Each start offset costs well under the 5,000,000 match limit, so PCRE2 never gives
        // up; there are 5,000 of them. Release build, idle machine: 2,000 a's take 12 s of CPU
        // and pass with exit 0 and no finding; 200,000 a's did not finish in 100 s.
        try fixture.write(".phiguard.toml", Hostile.ruleConfiguration(id: "secret.slow", pattern: "(?:a|aa){1,20}(?:!|z)", keyword: "aaaa",
                                                                         triggers: ["↓aaaa!", "x = ↓aaz"]))
        try fixture.write("src/long.txt", String(repeating: "a", count: 5_000) + "\n")
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture, timeout: 30)
        Hostile.record("(?:a|aa){1,20}(?:!|z) on a 5 kB line", run)
        #expect(!run.timedOut, "the scan was killed after 30 s")
        #expect(run.seconds < 2.0 * Hostile.debugSlowdown, "took \(run.seconds) s")
        #expect(run.stdout.contains("meta.scan-limit"), "what was not finished must be reported")
    }

    // MARK: - Repository shapes

    @Test func emptyRepositoryWithNothingStagedIsClean() throws {
        let fixture = try CLIFixture()
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.stdout.contains("scanned 0 files"))
        // And the first commit of an unborn branch is scanned in full.
        try fixture.write("a.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        #expect(try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture).status == 1)
    }

    @Test func detachedHeadScansTheIndex() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.commitAll("base")
        try fixture.repository.git(["checkout", "-q", "--detach", "HEAD"])
        try fixture.write("a.py", "x = 1\nprint(record)\n")
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(run.status == 1, "\(run.output)")
        #expect(run.stdout.contains("a.py"))
    }

    @Test func bareRepositoryRefusesStagedWithAClearMessage() throws {
        let bare = try TemporaryRepository(bare: true)
        let run = try Hostile.run([PhiguardProcess.binary, "scan", "--staged", "--rules-dir", CLIFixture.rulesDirectory], in: bare.root)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.stderr.contains("bare"))
        #expect(Hostile.lines(run.stderr) == 1, "one-line cause: \(run.stderr)")
    }

    @Test func linkedWorktreeScansItsOwnIndexAndSharesTheLedger() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        let worktree = fixture.repository.scratch + "/wt"
        try fixture.repository.git(["worktree", "add", "-q", "-b", "feature", worktree])
        try "ssn 524-71-3302\n".write(toFile: worktree + "/b.txt", atomically: true, encoding: .utf8)
        try fixture.repository.git(["add", "b.txt"], in: worktree)
        let inWorktree = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture, in: worktree)
        #expect(inWorktree.status == 1, "\(inWorktree.output)")
        #expect(inWorktree.stdout.contains("b.txt"))
        // The main work tree has nothing staged.
        #expect(try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture).status == 0)
        // An override granted in the worktree is recorded in the common git directory.
        let granted = try Hostile.phiguard(fixture, ["override", "phi-literal.fixture-ssn", "--reason", "synthetic SSN from the generator"],
                                           pack: .fixture, in: worktree)
        #expect(granted.status == 0, "\(granted.output)")
        #expect(try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture, in: worktree).status == 0)
    }

    @Test func submodulePointerChangeIsNotScannedAndNotAnError() throws {
        let fixture = try CLIFixture()
        let library = try TemporaryRepository()
        try library.write("lib.txt", "v1\n")
        try library.commitAll("v1")
        try fixture.repository.git(["-c", "protocol.file.allow=always", "submodule", "add", "-q", library.root, "vendor/lib"])
        try fixture.repository.commitAll("add submodule")
        try library.write("lib.txt", "v2 print(record)\n")
        try library.commitAll("v2")
        let sub = fixture.repository.path("vendor/lib")
        try fixture.repository.git(["-c", "protocol.file.allow=always", "pull", "-q", "origin", "main"], in: sub)
        try fixture.repository.git(["add", "vendor/lib"])
        let staged = try fixture.repository.git(["diff", "--cached", "--name-only"])
        #expect(staged.contains("vendor/lib"), "the gitlink moved")
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture)
        Hostile.record("submodule pointer change", run)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.stdout.contains("\"files\": 0"))
    }

    @Test func modeChangeOnlyIsCleanAndNotAnInconsistency() throws {
        let fixture = try CLIFixture()
        try fixture.write("run.sh", "echo hi\n")
        try fixture.repository.commitAll("base")
        try fixture.repository.git(["update-index", "--chmod=+x", "run.sh"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(run.status == 0, "\(run.output)")
        #expect(run.stdout.contains("scanned 0 files"))
    }

    @Test func tenThousandFilesStagedAtOnce() throws {
        let fixture = try CLIFixture()
        try fixture.repository.shell("""
            mkdir -p many && i=0; while [ $i -lt 10000 ]; do printf 'value_%d = %d\\n' $i $i > many/f$i.py; i=$((i+1)); done
            printf 'def f(patient_record):\\n    print(patient_record)\\n' > many/f7777.py
            """)
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture, timeout: 300)
        Hostile.record("10,000 files staged", run)
        #expect(!run.timedOut)
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stdout.contains("\"files\": 10000"))
        #expect(run.stdout.contains("many/f7777.py"))
    }

    @Test func pathsWithNewlinesQuotesAndInvalidUTF8() throws {
        let fixture = try CLIFixture()
        try fixture.repository.shell("""
            printf 'print(record)\\n' > "$(printf 'new\\nline.py')"
            printf 'print(record)\\n' > "q\\"uo'te.py"
            printf 'print(record)\\n' > "$(printf 'bad\\377\\376name.py')"
            """)
        try fixture.repository.git(["add", "."])
        let json = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture)
        #expect(json.status == 1, "\(json.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let files = Set(((object["findings"] as? [[String: Any]]) ?? []).compactMap { $0["file"] as? String })
        #expect(files.count == 3, "three files, three findings: \(files)")
        #expect(files.contains("new\nline.py"))
        #expect(files.contains("q\"uo'te.py"))
        #expect(files.contains { $0.hasPrefix("bad") && $0.hasSuffix("name.py") })
        let sarif = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "sarif"], pack: .fixture)
        #expect((try? JSONSerialization.jsonObject(with: Data(sarif.stdout.utf8))) != nil, "SARIF stays valid JSON")
        let text = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(text.status == 1)
    }

    /// regression: a file name is printed raw by the text reporter, so a name carrying a
    /// newline or terminal control sequences can forge or hide lines of the report a
    /// blocked engineer reads (the exit code still blocks). Fix: TextReporter.render
    /// escapes control characters in `finding.file` (and in `commit`/messages from config),
    /// e.g. as git does with core.quotePath (`"new\nline.py"`).
    @Test func textReportEscapesControlCharactersInPaths() throws {
        let fixture = try CLIFixture()
        try fixture.repository.shell("""
            printf 'print(record)\\n' > "$(printf 'x\\n\\033[2Kno findings.py')"
            """)
        try fixture.repository.git(["add", "."])
        let text = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(text.status == 1)
        #expect(!text.stdout.contains("\u{1B}"), "raw ESC from a file name reached the terminal")
        #expect(!text.stdout.contains("\nno findings."), "a file name forged a report line")
    }

    @Test func crlfAndMixedLineEndingsKeepLinesAndColumns() throws {
        let fixture = try CLIFixture()
        try fixture.repository.write("crlf.py", bytes: Array("a = 1\r\nb = 2\r\n  print(record)\r\n".utf8))
        try fixture.repository.write("mixed.py", bytes: Array("a = 1\nb = 2\r\n\rc = 3\n    print(record)\r\n".utf8))
        try fixture.repository.write("cr.py", bytes: Array("a = 1\rprint(record)\r".utf8))
        try fixture.repository.git(["-c", "core.autocrlf=false", "add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture)
        #expect(run.status == 1, "\(run.output)")
        let findings = try Hostile.findings(run.stdout)
        let crlf = findings.first { $0["file"] as? String == "crlf.py" }
        #expect(crlf?["line"] as? Int == 3 && crlf?["column"] as? Int == 3)
        let mixed = findings.first { $0["file"] as? String == "mixed.py" }
        #expect(mixed?["line"] as? Int == 4 && mixed?["column"] as? Int == 5)
        // A lone CR is no line break to git or phiguard: the file is one line.
        let cr = findings.first { $0["file"] as? String == "cr.py" }
        #expect(cr?["line"] as? Int == 1, "cr.py: \(String(describing: cr))")
        for finding in findings where finding["file"] as? String != "cr.py" {
            #expect(!((finding["snippet"] as? String) ?? "").contains("\r"))
        }
    }

    /// regression: a UTF-16 file (what Excel and many Windows tools write) holds NUL bytes,
    /// so libgit2 calls it binary and the scan only counts it as "1 binary file skipped":
    /// an SSN in it passes in silence. Fix: in FileScanner.scan, for a binary change whose
    /// blob starts with a UTF-16 BOM (FF FE / FE FF), decode it to UTF-8 and scan it with
    /// every line added (or, at least, report a blocking meta finding "UTF-16 file not scanned").
    @Test func utf16FileWithBOMIsScannedOrReported() throws {
        let fixture = try CLIFixture()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "name,ssn\nJohn Roe,524-71-3302\n".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try fixture.repository.write("export/patients.csv", bytes: bytes)
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged", "--format", "json"], pack: .fixture)
        Hostile.record("UTF-16LE file with BOM", run)
        #expect(run.status != 0, "UTF-16 SSN passed silently: \(run.stdout)")
        #expect(!run.output.contains("524-71-3302"))
    }

    @Test(.enabled(if: Hostile.canDropPrivileges, "needs root and setpriv to run as an unprivileged user"))
    func readOnlyGitDirectoryStillScansOrFailsClosed() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        try Hostile.handToNobody(fixture, readOnly: [".git"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture, asNobody: true)
        Hostile.record("read-only .git, a finding staged", run)
        #expect(run.status == 1 || run.status == 2, "\(run.output)")
        if run.status == 1 { #expect(run.stdout.contains("b.py")) }
        if run.status == 2 { #expect(Hostile.lines(run.stderr) == 1, "\(run.stderr)") }
        // Nothing staged (index == HEAD): the consistency check writes the index tree.
        try fixture.repository.git(["-c", "safe.directory=*", "reset", "-q"])
        try Hostile.handToNobody(fixture, readOnly: [".git"])
        let clean = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture, asNobody: true)
        Hostile.record("read-only .git, nothing staged", clean)
        #expect(clean.status == 0 || (clean.status == 2 && Hostile.lines(clean.stderr) == 1), "\(clean.output)")
    }

    @Test func configurationThatIsADirectoryExitsTwo() throws {
        let fixture = try CLIFixture()
        try FileManager.default.createDirectory(atPath: fixture.repository.path(".phiguard.toml"), withIntermediateDirectories: true)
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "a.py"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        #expect(run.status == 2)
        #expect(run.stderr.contains(".phiguard.toml") && run.stderr.contains("directory"))
        #expect(Hostile.lines(run.stderr) == 1)
    }

    /// Found here and by the configuration fuzz target; fixed for good by replacing TOMLKit
    /// with our own TOML reader (TOMLParser), after the pre-parse screen of 77628ce kept
    /// missing shapes: one typo in a table header of `.phiguard.toml` (`[*.csv]`) aborted
    /// phiguard inside toml++ (SIGABRT, exit 134, in release builds too) instead of exit 2
    /// with the file and line; a key nested 200,000 levels deep overflowed the stack
    /// (SIGSEGV); `disable = ["phi-logging", }`, `[[[rule]]]`, a BOM or a `"""` comment
    /// before a bad header, '[' plus a combining mark, and a malformed number
    /// (`!is_value_terminator`) aborted too. Each now exits 2 with one line naming the file.
    @Test(arguments: ["header-star", "header-accent", "deep-key", "array-brace", "triple-bracket", "bom-header", "comment-delimiter", "combining-header", "value-assertion"])
    func hostileTOMLExitsTwoInsteadOfCrashing(_ kind: String) throws {
        let text = kind == "header-star" ? "[*.csv]\nreason = \"x\"\n" : kind == "header-accent" ? "[[é]]\n"
            : kind == "array-brace" ? "disable = [\"phi-logging\", }\n" : kind == "triple-bracket" ? "[[[rule]]]\n"
            : kind == "bom-header" ? "\u{FEFF}[~]\n" : kind == "comment-delimiter" ? "# \"\"\" quotes\n[*.csv]\n" : kind == "combining-header" ? "[\u{0320}a]\n"
            : kind == "value-assertion" ? "q= 1\u{FFFD}\u{FFFD}---0-\u{FFFD}c 9 1\u{FFFD}\u{FFFD}"
            : Array(repeating: "a", count: 200_000).joined(separator: ".") + " = 1\n"
        let fixture = try CLIFixture()
        try fixture.write(".phiguard.toml", text)
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "a.py"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        Hostile.record(".phiguard.toml \(kind)", run)
        #expect(run.status == 2, "exit \(run.status): \(run.stderr.prefix(300))")
        #expect(Hostile.lines(run.stderr) == 1, "\(run.stderr.prefix(300))")
    }

    /// A committed `.phiguard.toml` that is a symbolic link out of the repository is
    /// followed today. Pointing at a readable TOML file outside, its rules apply.
    @Test func configurationSymlinkOutOfTheRepositoryIsFollowed() throws {
        let fixture = try CLIFixture()
        let outside = fixture.repository.scratch + "/outside.toml"
        try "disable = [\"phi-logging\"]\n".write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: fixture.repository.path(".phiguard.toml"), withDestinationPath: outside)
        try fixture.write("a.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        Hostile.record("config symlink to a TOML file outside the repository", run)
        // Recorded behaviour (see docs/security.md): the outside file is read and obeyed.
        #expect(run.status == 0 || run.status == 2, "\(run.output)")
    }

    /// regression: the configuration is read with a blocking open() and read-to-EOF, through
    /// symbolic links: a committed `.phiguard.toml -> <fifo>` hangs every commit forever
    /// (and `-> /dev/zero` reads until memory runs out). Fix: in Configuration.load (or
    /// FileSystem.readFile), refuse a symlink that resolves outside the work tree, open with
    /// O_NONBLOCK, require S_ISREG after fstat, and cap the size (1 MiB) — exit 2 with
    /// "'.phiguard.toml' is not a regular file inside the repository".
    @Test func configurationSymlinkToAFIFODoesNotHang() throws {
        let fixture = try CLIFixture()
        let fifo = fixture.repository.scratch + "/fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        try FileManager.default.createSymbolicLink(atPath: fixture.repository.path(".phiguard.toml"), withDestinationPath: fifo)
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "a.py"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture, timeout: 10)
        Hostile.record(".phiguard.toml -> FIFO", run)
        #expect(!run.timedOut, "scan hung on a .phiguard.toml that is a FIFO")
        #expect(run.status == 2)
    }

    /// Secrets outside the repository must not reach the output through a configuration
    /// error message when `.phiguard.toml` links to them.
    @Test func configurationSymlinkToASecretFileDoesNotEchoIt() throws {
        let fixture = try CLIFixture()
        let outside = fixture.repository.scratch + "/credentials"
        try "[default]\naws_secret_access_key = wJalrXUtnFEMIK7MDENGbPxRfiCYzEXAMPLEKEY\n"
            .write(toFile: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: fixture.repository.path(".phiguard.toml"), withDestinationPath: outside)
        try fixture.write("a.py", "x = 1\n")
        try fixture.repository.git(["add", "a.py"])
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        Hostile.record(".phiguard.toml -> INI credentials file", run)
        #expect(run.status == 2, "\(run.output)")
        #expect(!run.output.contains("wJalrXUtnFEMIK7MDENG"))
    }

    @Test(.enabled(if: Hostile.canDropPrivileges, "needs root and setpriv to run as an unprivileged user"))
    func installIntoAnUnwritableHooksDirectoryExitsTwo() throws {
        let fixture = try CLIFixture()
        try FileManager.default.createDirectory(atPath: fixture.repository.path(".git/hooks"), withIntermediateDirectories: true)
        try Hostile.handToNobody(fixture, readOnly: [".git/hooks"])
        let run = try Hostile.phiguard(fixture, ["install"], pack: .none, asNobody: true)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.stderr.contains("hooks"))
        #expect(Hostile.lines(run.stderr) == 1, "\(run.stderr)")
    }

    @Test func installWhereTheHooksDirectoryIsAFileExitsTwo() throws {
        let fixture = try CLIFixture()
        try? FileManager.default.removeItem(atPath: fixture.repository.path(".git/hooks"))
        try "not a directory\n".write(toFile: fixture.repository.path(".git/hooks"), atomically: true, encoding: .utf8)
        let run = try Hostile.phiguard(fixture, ["install"], pack: .none)
        #expect(run.status == 2, "\(run.output)")
        #expect(Hostile.lines(run.stderr) == 1, "\(run.stderr)")
    }

    @Test(arguments: ["garbage", "truncated"])
    func corruptIndexExitsTwoWithOneLine(_ kind: String) throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.py", "print(record)\n")
        try fixture.repository.git(["add", "."])
        let index = fixture.repository.path(".git/index")
        var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: index)))
        if kind == "garbage" { bytes = Array("this is not an index, just some bytes\n".utf8) } else { bytes.removeLast(30) }
        try Data(bytes).write(to: URL(fileURLWithPath: index))
        let run = try Hostile.phiguard(fixture, ["scan", "--staged"], pack: .fixture)
        Hostile.record("corrupt index (\(kind))", run)
        #expect(run.status == 2, "\(run.output)")
        #expect(run.stderr.hasPrefix("phiguard: error:"))
        #expect(Hostile.lines(run.stderr) == 1, "\(run.stderr)")
    }

    // MARK: - No leaks

    /// Every command and format over a corpus seeded with synthetic secrets and PHI: none of
    /// the raw values reaches stdout, stderr, report files, the ledger or trailers.
    @Test func noRawValueLeavesThroughAnyCommandOrFormat() throws {
        let fixture = try CLIFixture()
        let env = try fixture.hookEnvironment()
        #expect(try fixture.phiguard(["install"], fixtureRules: false).status == 0)
        try fixture.write("README.md", "project\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-q", "-m", "base"], environment: env).status == 0)

        try fixture.write("data/patients.txt", "ssn \(Leak.ssn)\nssn again \(Leak.ssnTwo)\n")
        try fixture.write("keys/deploy.pem", "-----BEGIN RSA PRIVATE KEY-----\(Leak.keyBody)\n")
        try fixture.write(".phiguard.toml", """
            [[allow]]
            paths = ["keys/**"]
            rules = ["secret.fixture-private-key"]
            reason = "throw-away key generated for the integration tests"
            """)
        try fixture.git(["add", "."])
        var outputs: [(String, String)] = []
        for format in ["text", "json", "sarif"] {
            let run = try fixture.phiguard(["scan", "--staged", "--format", format])
            #expect(run.status == 1, "\(format): \(run.output)")
            outputs.append(("scan --staged \(format)", run.output))
            let file = fixture.repository.scratch + "/report.\(format)"
            let toFile = try fixture.phiguard(["scan", "--staged", "--format", format, "--output", file])
            outputs.append(("scan --output \(format)", toFile.output + ((try? String(contentsOfFile: file, encoding: .utf8)) ?? "")))
        }
        let stdin = try PhiguardProcess.run(["scan", "--stdin", "--path", "notes.txt", "--format", "json", "--rules-dir", CLIFixture.rulesDirectory],
                                            in: fixture.root, stdin: "patient ssn \(Leak.ssn)\n")
        #expect(stdin.status == 1)
        outputs.append(("scan --stdin", stdin.output))

        let blocked = try fixture.git(["commit", "-m", "patients"], environment: env)
        #expect(blocked.status != 0)
        outputs.append(("blocked commit", blocked.output))
        let refused = try fixture.phiguard(["override", "phi-literal", "--reason", "ok"])
        #expect(refused.status == 2)
        outputs.append(("override refused", refused.output))
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", "synthetic SSNs from the test generator"])
        #expect(granted.status == 0, "\(granted.output)")
        outputs.append(("override", granted.output))
        let committed = try fixture.git(["commit", "-m", "patients"], environment: env)
        #expect(committed.status == 0, "\(committed.output)")
        outputs.append(("commit", committed.output))

        let messageLeak = try fixture.git(["commit", "--allow-empty", "-m", "chart for \(Leak.ssn)"], environment: env)
        #expect(messageLeak.status != 0)
        outputs.append(("commit message with PHI", messageLeak.output))

        for format in ["text", "json", "sarif"] {
            outputs.append(("range scan \(format)", try fixture.phiguard(["scan", "HEAD~1..HEAD", "--format", format]).output))
            outputs.append(("scan --all \(format)", try fixture.phiguard(["scan", "--all", "--format", format]).output))
        }
        for format in ["text", "json", "csv"] {
            outputs.append(("log \(format)", try fixture.phiguard(["log", "--format", format]).output))
            outputs.append(("log --by-rule \(format)", try fixture.phiguard(["log", "--by-rule", "--format", format]).output))
            outputs.append(("log --range \(format)", try fixture.phiguard(["log", "--range", "HEAD~1..HEAD", "--format", format]).output))
        }
        outputs.append(("log --verify", try fixture.phiguard(["log", "--verify"]).output))
        outputs.append(("trailers", try fixture.git(["log", "--format=%B"]).stdout))
        outputs.append(("ledger", (try? String(contentsOfFile: fixture.repository.path(".git/phiguard/overrides.jsonl"), encoding: .utf8)) ?? ""))
        #expect(outputs.first { $0.0 == "ledger" }?.1.contains("phi-literal.fixture-ssn") == true, "the ledger was written")
        #expect(outputs.first { $0.0 == "trailers" }?.1.contains("Phiguard-Override: phi-literal.fixture-ssn") == true)

        // Error paths with the values close by.
        try fixture.write(".phiguard.toml", "# ssn \(Leak.ssn)\ndisable = [\"\(Leak.ssn)\n")
        try fixture.write("x.txt", "ssn \(Leak.ssn)\n")
        try fixture.git(["add", "x.txt"])
        let badConfig = try fixture.phiguard(["scan", "--staged"])
        #expect(badConfig.status == 2)
        outputs.append(("broken config", badConfig.output))
        try fixture.write(".phiguard.toml", "\n")
        let badEnv = try fixture.phiguard(["scan", "--staged"], environment: ["PHIGUARD_OVERRIDE": "phi-literal.fixture-ssn \(Leak.ssn)"])
        #expect(badEnv.status == 2)
        outputs.append(("bad PHIGUARD_OVERRIDE", badEnv.output))
        try Data("corrupt".utf8).write(to: URL(fileURLWithPath: fixture.repository.path(".git/index")))
        outputs.append(("corrupt index", try fixture.phiguard(["scan", "--staged"]).output))

        for (name, text) in outputs {
            for value in Leak.values { #expect(!text.contains(value), "\(name) leaked \(value)") }
        }
    }

    /// The same with the built-in pack, through scan and hooks.
    @Test func noRawValueLeavesWithTheBuiltInPack() throws {
        let fixture = try CLIFixture()
        try fixture.write("fixtures/patients.txt", Leak.builtInCorpus)
        try fixture.write("app/report.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.repository.git(["add", "."])
        var findings = 0
        for format in ["text", "json", "sarif"] {
            let run = try fixture.phiguard(["scan", "--staged", "--format", format], fixtureRules: false)
            #expect(run.status == 1, "\(format): \(run.output)")
            if format == "json" { findings = (try? Hostile.findings(run.stdout).count) ?? 0 }
            for value in Leak.builtInValues { #expect(!run.output.contains(value), "\(format) leaked \(value)") }
        }
        #expect(findings >= 2, "the built-in pack found the seeded values")
        let stdin = try PhiguardProcess.run(["scan", "--stdin", "--path", "notes.txt", "--format", "sarif"], in: fixture.root,
                                            stdin: Leak.builtInCorpus)
        for value in Leak.builtInValues { #expect(!stdin.output.contains(value), "--stdin leaked \(value)") }
    }

    /// regression: a reason is free text, and engineers paste the value they are excusing
    /// ("SSN 524-71-3302 is synthetic"). The trailer scrubs value-shaped tokens out of it
    /// (OverrideTrailer.init), but `phiguard override` echoes the raw reason, the text
    /// report prints it ("allowed because:"), and the ledger stores it. Fix: scrub once
    /// where a reason enters — CommitBypass.grant (before the Bypass is stored),
    /// EnvironmentOverride.parse, InlineAllow/PathAllow reasons in OverrideResolver.grant —
    /// with `Redaction.scrub(_:maskStrings: false)`, and print the scrubbed text in
    /// OverrideCommand.run.
    @Test func reasonsCarryingAValueAreScrubbedEverywhere() throws {
        let fixture = try CLIFixture()
        let env = try fixture.hookEnvironment()
        #expect(try fixture.phiguard(["install"], fixtureRules: false).status == 0)
        try fixture.write("data/a.txt", "ssn \(Leak.ssn)\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-m", "a"], environment: env).status != 0)
        let granted = try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", "SSN \(Leak.ssn) is synthetic, checked"])
        #expect(granted.status == 0, "\(granted.output)")
        let commit = try fixture.git(["commit", "-m", "a"], environment: env)
        #expect(commit.status == 0, "\(commit.output)")
        let ledger = (try? String(contentsOfFile: fixture.repository.path(".git/phiguard/overrides.jsonl"), encoding: .utf8)) ?? ""
        #expect(!ledger.isEmpty)
        #expect(!ledger.contains(Leak.ssn), "the ledger stores the raw value from the reason")
        #expect(!granted.output.contains(Leak.ssn), "phiguard override echoes the raw value from the reason")
        #expect(!(try fixture.git(["log", "-1", "--format=%B"]).stdout.contains(Leak.ssn)), "trailer")
        #expect(!(try fixture.phiguard(["log"]).output.contains(Leak.ssn)), "phiguard log")
        // An inline allow's reason is printed by the text report.
        try fixture.write("data/b.txt", "# phiguard:allow phi-literal -- SSN \(Leak.ssnTwo) belongs to a test patient\nssn \(Leak.ssnTwo)\n")
        try fixture.git(["add", "."])
        let inline = try fixture.phiguard(["scan", "--staged"])
        #expect(inline.status == 0, "\(inline.output)")
        #expect(!inline.output.contains(Leak.ssnTwo), "the text report prints the raw value from an inline reason")
    }

    /// regression (found while fuzzing the fixes of 0493ddc): the message scan drops what git
    /// itself keeps. Scan.scanMessage cuts at the first occurrence of the scissors text
    /// anywhere, skips every line starting with '#', and skips every line starting with
    /// `Phiguard-Override:` — also in range scans, where the message is the stored, final
    /// one (git strips comments and cuts at scissors only when it edits the message; a
    /// `-m` message keeps them). So PHI after a scissors line, on a '#' line, or in a
    /// hand-written trailer line passes CI silently (exit 0; the trailer case leaves only a
    /// meta.unused-override warning). Fix: give Scan.scanMessage a `beforeCleanup: Bool`
    /// (true only for the commit-msg hook's message file); only then drop '#' lines and cut
    /// at a line that *equals* the scissors line; never skip trailer lines (phiguard's own
    /// reasons are scrubbed, so they do not match) — the range scan scans the whole message.
    @Test(arguments: ["scissors-line", "comment-line", "trailer-line"])
    func commitMessagePHIIsScannedByTheRangeScan(_ kind: String) throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        let message = switch kind {
        case "scissors-line": "fix chart\n\n# ------------------------ >8 ------------------------\nPatient SSN \(Leak.ssn)\n"
        case "comment-line": "fix chart\n\n# SSN \(Leak.ssn)\n"
        default: "fix chart\n\nPhiguard-Override: phi-literal.fixture-ssn 0123456789abcdef patient SSN \(Leak.ssn)\n"
        }
        try fixture.repository.git(["commit", "-q", "--allow-empty", "--cleanup=whitespace", "-m", message])
        #expect(try fixture.repository.git(["log", "-1", "--format=%B"]).contains(Leak.ssn), "git kept the line")
        let run = try Hostile.phiguard(fixture, ["scan", "HEAD"], pack: .fixture)
        Hostile.record("range scan, PHI in a commit message (\(kind))", run)
        #expect(run.status == 1, "PHI in the stored commit message passed the range scan: \(run.stdout.suffix(300))")
        #expect(!run.output.contains(Leak.ssn))
    }

    /// regression (found by the trailer fuzz target against 0493ddc): the range scan accepts
    /// a `Phiguard-Override` trailer whatever its reason — empty (the scalar-based parse of
    /// 0493ddc keeps a trailer whose reason is only blanks), "ok", "x" — while
    /// `phiguard override --reason ok` is refused. A hand-written trailer is therefore an
    /// unjustified bypass that CI lets through (exit 0, "1 allowed"). Fixed: the range scan
    /// holds trailers to `Justification` and reports the others as blocking
    /// `meta.unjustified-allow`; parse drops a trailer whose reason is blank.
    /// Override text written by hand reaches reports and the log: a trailer whose rule field
    /// or reason carries an SSN, a 40-hex "fingerprint" (hex API keys look like that), and an
    /// inline allow whose reason quotes the value. None of them may appear raw in the range
    /// scan's text or JSON report or in `phiguard log --range`.
    @Test func handWrittenOverrideTextNeverLeaks() throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.txt", "ssn \(Leak.ssn) # phiguard:allow phi-literal.fixture-ssn -- synthetic, same as \(Leak.ssnTwo) in the docs\n")
        try fixture.write("c.txt", "ssn \(Leak.ssnTwo)\n")
        try fixture.repository.commitAll("leak")
        let scan = try Hostile.phiguard(fixture, ["scan", "HEAD", "--format", "json"], pack: .fixture)
        let fingerprint = try #require(try Hostile.findings(scan.stdout).first { ($0["file"] as? String) == "c.txt" }?["fingerprint"] as? String)
        let hex = "0123456789abcdef0123456789abcdef01234567"
        let message = "leak\n\nPhiguard-Override: phi-literal.fixture-ssn \(fingerprint.prefix(16)) reviewed: the value \(Leak.ssn) is synthetic\n"
            + "Phiguard-Override: \(Leak.ssn) \(hex) ok\n"
            + "Phiguard-Override: phi-literal.fixture-ssn \(hex) reviewed test data from the generator\n"
        try fixture.repository.git(["commit", "-q", "--amend", "--cleanup=verbatim", "-m", message])
        var outputs: [(String, String)] = []
        for format in ["text", "json"] {
            outputs.append(("scan \(format)", try Hostile.phiguard(fixture, ["scan", "HEAD", "--format", format], pack: .fixture).output))
        }
        outputs.append(("log --range", try Hostile.phiguard(fixture, ["log", "--range", "HEAD~1..HEAD"], pack: .fixture).output))
        for (what, output) in outputs {
            for value in [Leak.ssn, Leak.ssnTwo, hex] { #expect(!output.contains(value), "\(what) shows \(value):\n\(output)") }
        }
    }

    @Test(arguments: ["", "ok", "x"])
    func trailerWithoutAValidReasonDoesNotOverrideInCI(_ reason: String) throws {
        let fixture = try CLIFixture()
        try fixture.write("a.txt", "fine\n")
        try fixture.repository.commitAll("base")
        try fixture.write("b.txt", "ssn \(Leak.ssn)\n")
        try fixture.repository.commitAll("leak")
        let scan = try Hostile.phiguard(fixture, ["scan", "HEAD", "--format", "json"], pack: .fixture)
        let fingerprint = try #require(try Hostile.findings(scan.stdout).first?["fingerprint"] as? String)
        let message = "leak\n\nPhiguard-Override: phi-literal.fixture-ssn \(fingerprint.prefix(16)) \(reason)  \n"
        try fixture.repository.git(["commit", "-q", "--amend", "--cleanup=verbatim", "-m", message])
        let run = try Hostile.phiguard(fixture, ["scan", "HEAD"], pack: .fixture)
        #expect(run.status == 1, "a trailer with reason '\(reason)' overrode the finding in the range scan")
        if !reason.isEmpty {
            #expect(run.stdout.contains("meta.unjustified-allow"), "the weak trailer is not reported: \(run.output)")
        }
    }

    /// regression: with `git commit -v` (or `commit.verbose = true`) the message file git
    /// hands the commit-msg hook ends in a scissors line followed by the staged diff, which
    /// git cuts off after the hook. Two consequences today: (1) the commit-msg message scan
    /// (HookCommand.CommitMessage → Scan.scanMessage) reads the diff as message text, so an
    /// SSN that the pre-commit scan let through with a recorded override blocks the commit
    /// as "(commit message)" line 9; (2) OverrideTrailer.append adds the trailer after the
    /// diff, where git cuts it, so the ledger says "overridden" while the commit has no
    /// trailer and CI blocks it. Fix: one helper that cuts a commit message at the first
    /// line equal to `# ------------------------ >8 ------------------------`, used by
    /// Scan.scanMessage before scanning, and by CommitHooks.commitMessage, which appends the
    /// trailers to the part above the scissors (and above its trailing '#' comment block,
    /// as `git interpret-trailers` does) and keeps the rest below unchanged.
    @Test func trailerSurvivesVerboseCommit() throws {
        let fixture = try CLIFixture()
        var env = try fixture.hookEnvironment()
        #expect(try fixture.phiguard(["install"], fixtureRules: false).status == 0)
        try fixture.write("a.txt", "ssn \(Leak.ssn)\n")
        try fixture.git(["add", "."])
        #expect(try fixture.git(["commit", "-m", "a"], environment: env).status != 0)
        #expect(try fixture.phiguard(["override", "phi-literal.fixture-ssn", "--reason", "synthetic SSN from the generator"]).status == 0)
        env["GIT_EDITOR"] = "true"
        let commit = try fixture.git(["commit", "-v", "-e", "-m", "add fixture"], environment: env)
        #expect(commit.status == 0, "\(commit.output)")
        let message = try fixture.git(["log", "-1", "--format=%B"]).stdout
        #expect(message.contains("Phiguard-Override: phi-literal.fixture-ssn"), "trailer lost: \(message)")
        #expect(try fixture.phiguard(["scan", "HEAD"]).status == 0, "CI accepts the overridden commit")
    }
}

/// Synthetic values seeded into the leak corpus. None is a real person's.
enum Leak {
    static let ssn = "524-71-3302"
    static let ssnTwo = "538-21-7746"
    static let keyBody = "MIIEpAIBAAKCAQEAz8Kq3Vd9TestOnlyKey"
    static var values: [String] { [ssn, ssnTwo, keyBody, "524713302", "538217746"] }

    static let builtInCorpus = """
        patient,ssn,mrn
        Jane Roe,412-68-3391,MRN: 48213907
        notes = "SSN on file 371-56-2249, re: TSH"
        ssn: "538217746"
        """
    static let builtInValues = ["412-68-3391", "48213907", "371-56-2249", "538217746"]
}

/// Running the binary with a deadline, as another user, and with timing.
enum Hostile {
    enum Pack: CustomStringConvertible {
        case fixture, builtIn, none
        var description: String { self == .fixture ? "fixture pack" : self == .builtIn ? "built-in pack" : "no pack" }
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let seconds: Double
        let timedOut: Bool
        var output: String { stdout + stderr }
    }

    /// A debug build of the Swift code is this many times slower than release on the
    /// byte loops (prefilter, line index); budget checks allow for it.
    static let debugSlowdown = 5.0

    static var isReleaseBinary: Bool { PhiguardProcess.binary.contains("/release/") }

    static let canDropPrivileges: Bool = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

    static func phiguard(_ fixture: CLIFixture, _ arguments: [String], pack: Pack, in directory: String? = nil,
                         timeout: Double = 60, asNobody: Bool = false, environment: [String: String] = [:]) throws -> Run {
        var command = [PhiguardProcess.binary] + arguments
        if pack == .fixture { command += ["--rules-dir", CLIFixture.rulesDirectory] }
        if asNobody { command = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] + command }
        var env = environment
        if asNobody { env["HOME"] = fixture.repository.scratch }
        return try run(command, in: directory ?? fixture.root, environment: env, timeout: timeout)
    }

    /// Runs `command`, killing it after `timeout` seconds.
    static func run(_ command: [String], in directory: String, environment: [String: String] = [:], timeout: Double = 60) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = command
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = TestEnvironment.childEnvironment.merging(environment) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        let box = OutputBox()
        let group = DispatchGroup()
        let start = Date()
        try process.run()
        group.enter()
        Thread { box.stdout = output.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        group.enter()
        Thread { box.stderr = errors.fileHandleForReading.readDataToEndOfFile(); group.leave() }.start()
        var timedOut = false
        while process.isRunning {
            if Date().timeIntervalSince(start) > timeout {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        let seconds = Date().timeIntervalSince(start)
        group.wait()
        return Run(status: process.terminationStatus, stdout: String(decoding: box.stdout, as: UTF8.self),
                   stderr: String(decoding: box.stderr, as: UTF8.self), seconds: seconds, timedOut: timedOut)
    }

    /// Gives the repository to `nobody` and takes write permission on `readOnly` paths.
    static func handToNobody(_ fixture: CLIFixture, readOnly: [String]) throws {
        try fixture.repository.shell("chown -R 65534:65534 '\(fixture.repository.scratch)'")
        for path in readOnly { try fixture.repository.shell("chmod -R a-w '\(fixture.repository.path(path))'") }
    }

    static func record(_ what: String, _ run: Run) {
        let cause = run.stderr.split(separator: "\n").first.map { " — \($0.prefix(160))" } ?? ""
        print("hostile-timing: \(what): \(String(format: "%.2f", run.seconds)) s, exit \(run.timedOut ? "killed" : String(run.status))\(cause)")
    }

    static func lines(_ text: String) -> Int { text.split(separator: "\n", omittingEmptySubsequences: true).count }

    static func findings(_ json: String) throws -> [[String: Any]] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        return (object["findings"] as? [[String: Any]]) ?? []
    }

    /// A `.phiguard.toml` adding one secret rule with `pattern`.
    static func ruleConfiguration(id: String, pattern: String, keyword: String,
                                  triggers: [String] = ["↓aaaa", "x = ↓aaaaa"]) -> String {
        """
        \(budgetConfiguration)
        [[rule]]
        id = "\(id)"
        category = "secret"
        message = "hostile pattern"
        hipaa = "45 CFR 164.312(d)"
        remediation = "none"
        keywords = ["\(keyword)"]
        pattern = '''\(pattern)'''
        triggers = [\(triggers.map { "'\($0)'" }.joined(separator: ", "))]
        near_misses = ['bbbb', 'cccc']
        """
    }

    /// The issue's budget, set explicitly (the shipped default of `time_budget_seconds` is 10).
    static let budgetConfiguration = "[scan]\ntime_budget_seconds = 2\n"

    /// Minified JavaScript: one line of short identifiers, numbers, strings and operators.
    static func minifiedBundle(bytes: Int) -> [UInt8] {
        let pieces = [
            "function(e,t,n){\"use strict\";var r=n(12),o=n(7);", "t.exports=function(e){return e&&e.__esModule?e:{default:e}};",
            "var a=Object.assign||function(e){for(var t=1;t<arguments.length;t++){var n=arguments[t];}return e};",
            "e.prototype.render=function(){return this.props.children},", "if(!r)throw new Error(\"invalid-state-\"+o);",
            "var u=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\";",
            "s=[0x1f,0x2e,0x3d,123456,7890.12,-1e-7],", "c.cookie=\"theme=dark\";", "l=/[a-z0-9_-]{3,16}$/i,",
        ]
        var out: [UInt8] = Array("!".utf8)
        out.reserveCapacity(bytes + 200)
        var index = 0
        while out.count < bytes {
            out += Array(pieces[index % pieces.count].utf8)
            index = (index * 31 + 7) % pieces.count
        }
        out += [0x0A]
        return out
    }
}

private final class OutputBox: @unchecked Sendable {
    var stdout = Data()
    var stderr = Data()
}
