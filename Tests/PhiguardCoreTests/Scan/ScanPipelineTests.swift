import _PhiguardTestSupport
import GitKit
@testable import PhiguardCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The whole pipeline on real temporary repositories: what is staged is what is scanned.
@Suite struct ScanPipelineTests {
    func scan(_ fixture: TemporaryRepository, _ source: ScanRequest.Source = .staged, config: String? = nil) throws -> ScanReport {
        try TestEnvironment.withLock {
            try Scan.run(ScanRequest(source: source, repositoryPath: fixture.root, configPath: config,
                                     rulesDirectory: Fixtures.rulesDirectory))
        }
    }

    @Test func initialCommitOnUnbornHead() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("records.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(report.findings.map(\.line) == [2])
        #expect(report.findings.first?.commit == nil)
        #expect(report.blocks)
        #expect(report.summary.files == 1 && report.summary.lines == 2 && report.summary.hunks == 1)
    }

    @Test func partialStagingScansTheIndexNotTheWorkTree() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.py", "x = 1\n")
        try fixture.commitAll("base")
        // Staged: a violation. Then removed from the work tree: it is still what gets committed.
        try fixture.write("a.py", "x = 1\nprint(record)\n")
        try fixture.git(["add", "a.py"])
        try fixture.write("a.py", "x = 1\n")
        #expect(try scan(fixture).findings.map(\.line) == [2])
        // The reverse: a violation only in the work tree is not reported.
        try fixture.git(["add", "a.py"])
        try fixture.write("a.py", "x = 1\nprint(patient)\n")
        #expect(try scan(fixture).findings.isEmpty)
    }

    @Test func oldViolationInUntouchedLinesDoesNotBlock() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.py", "print(record)\n" + String(repeating: "pass\n", count: 20))
        try fixture.commitAll("legacy")
        try fixture.write("a.py", "print(record)\n" + String(repeating: "pass\n", count: 20) + "y = 2\n")
        try fixture.git(["add", "a.py"])
        let report = try scan(fixture)
        #expect(report.findings.isEmpty)
        #expect(report.summary.lines == 1)
    }

    @Test func renameDeletionAndBinaryAddNoLines() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("old.py", "print(record)\n")
        try fixture.write("gone.py", "print(patient)\n")
        try fixture.commitAll("base")
        try fixture.git(["mv", "old.py", "new.py"])
        try fixture.git(["rm", "-q", "gone.py"])
        try fixture.write("blob.bin", bytes: [0x00, 0x01] + Array("print(record)\n".utf8))
        try fixture.git(["add", "blob.bin"])
        let report = try scan(fixture)
        #expect(report.findings.isEmpty)
        #expect(report.summary.binaryFiles == ["blob.bin"])
        #expect(report.summary.deletedFiles == 1)
    }

    @Test func oddPathsAndSubdirectories() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("dir with space/naïve ü.py", "print(record)\n")
        try fixture.write("deep/er/x.py", "print(patient)\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(Set(report.findings.map(\.file)) == ["dir with space/naïve ü.py", "deep/er/x.py"])
    }

    @Test func pathAllowMarksFindingsOverriddenWithTheReason() throws {
        let fixture = try TemporaryRepository()
        try fixture.write(".phiguard.toml", """
            [[allow]]
            paths = ["fixtures/**"]
            rules = ["phi-literal"]
            reason = "synthetic test patients, generated, never real"
            """)
        try fixture.write("fixtures/p.txt", "ssn 524-71-3302\n")
        try fixture.write("src/p.txt", "ssn 524-71-3302\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        let byFile = Dictionary(uniqueKeysWithValues: report.findings.map { ($0.file, $0) })
        #expect(byFile["fixtures/p.txt"]?.overridden == true)
        #expect(byFile["fixtures/p.txt"]?.overrideReason == "synthetic test patients, generated, never real")
        #expect(byFile["src/p.txt"]?.overridden == false)
        #expect(report.summary.overridden == 1 && report.summary.blocking == 1)
    }

    @Test func brokenConfigurationIsAnError() throws {
        let fixture = try TemporaryRepository()
        try fixture.write(".phiguard.toml", "disable = [\n")
        try fixture.write("a.py", "x = 1\n")
        try fixture.git(["add", "."])
        #expect(throws: PhiguardError.self) { try scan(fixture) }
    }

    @Test func rangeScanReportsEachCommitAgainstItsParent() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("a.py", "print(record)\n")
        let first = try fixture.commitAll("root")
        try fixture.write("a.py", "print(record)\nok = 1\n")
        try fixture.commitAll("clean")
        try fixture.write("b.py", "print(patient)\n")
        let third = try fixture.commitAll("leak")
        let range = try scan(fixture, .revisions("\(first)..HEAD"))
        #expect(range.summary.commits == 2)
        #expect(range.findings.map(\.commit) == [third])
        let root = try scan(fixture, .revisions(first))
        #expect(root.findings.map(\.file) == ["a.py"])
        #expect(throws: (any Error).self) { try scan(fixture, .revisions("no-such-branch")) }
    }

    @Test func bareRepositoryRefusesStaged() throws {
        let fixture = try TemporaryRepository(bare: true)
        #expect(throws: PhiguardError.self) { try scan(fixture) }
    }

    /// Whether a file is text is decided by its content, never by .gitattributes, which the
    /// same commit can write: `*.py -diff` (or `binary`) once made libgit2's diff, which a
    /// staged scan with a deletion uses, class the Python as binary and skip it.
    @Test(arguments: ["-diff", "binary", "diff=nonsense"])
    func gitattributesCannotHideTextFromTheScan(_ attribute: String) throws {
        let fixture = try TemporaryRepository()
        try fixture.write("old.txt", "x\n")
        try fixture.write("keep.py", "y = 1\n")
        try fixture.commitAll("base")
        try fixture.write(".gitattributes", "*.py \(attribute)\n")
        try fixture.write("export.py", "def f(patient_record):\n    print(patient_record)\n")
        try fixture.git(["rm", "-q", "old.txt"])
        try fixture.git(["add", "-A"])
        #expect(try fixture.open().pendingStagedChanges() == nil, "the deletion sends the scan through libgit2's diff")
        let staged = try scan(fixture)
        #expect(staged.findings.map(\.file) == ["export.py"], "\(attribute): \(staged.findings.map(\.ruleID))")
        #expect(staged.summary.binaryFiles.isEmpty)
        try fixture.git(["commit", "-q", "-m", "export"])
        let range = try scan(fixture, .revisions("HEAD~1..HEAD"))
        #expect(range.findings.map(\.file) == ["export.py"])
    }
}

/// Hostile content is bounded and reported, never passed in silence.
@Suite struct ScanLimitTests {
    func scan(_ fixture: TemporaryRepository) throws -> ScanReport {
        try TestEnvironment.withLock {
            try Scan.run(ScanRequest(source: .staged, repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory))
        }
    }

    @Test func oversizedFileIsReportedNotScanned() throws {
        let fixture = try TemporaryRepository()
        try fixture.write(".phiguard.toml", "[scan]\nmax_added_bytes = 2048\n")
        try fixture.write("bundle.min.js", String(repeating: "var a=print(record);", count: 200) + "\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(report.findings.map(\.ruleID) == ["meta.scan-limit"])
        #expect(report.blocks)
        try fixture.write(".phiguard.toml", "[scan]\nmax_added_bytes = 2048\nlimit_severity = \"warn\"\n")
        try fixture.git(["add", "."])
        #expect(try !scan(fixture).blocks)
    }

    @Test func catastrophicUserPatternIsBoundedAndReported() throws {
        let fixture = try TemporaryRepository()
        try fixture.write(".phiguard.toml", """
            [[rule]]
            id = "secret.greedy"
            category = "secret"
            message = "m"
            hipaa = "45 CFR 164.312(d)"
            remediation = "Read the value from the secret manager at run time."
            keywords = ["a"]
            pattern = '(a+)+$'
            triggers = ['↓aaaa', '↓aa']
            near_misses = ['bbbb', 'cccc']
            """)
        try fixture.write("x.txt", String(repeating: "a", count: 100_000) + "!\n")
        try fixture.git(["add", "."])
        let report = try scan(fixture)
        #expect(report.findings.contains { $0.ruleID == "meta.scan-limit" && $0.severity == .block })
    }

    /// 90 modified Python files with findings, allows and refused allows, an added file, a
    /// binary and a UTF-16 file, staged.
    static func largeChange() throws -> TemporaryRepository {
        let fixture = try TemporaryRepository()
        for index in 0..<90 { try fixture.write("src/m\(index).py", "x = \(index)\n") }
        try fixture.commitAll("base")
        for index in 0..<90 {
            var text = "x = \(index)\n"
            for line in 0..<(index % 7) { text += "value_\(line) = compute(\(line))\n" }
            if index % 9 == 0 { text += "print(patient_record)\n" }
            if index % 11 == 0 { text += "ssn = '524-71-3302'  # phiguard:allow phi-literal.fixture-ssn -- synthetic SSN made with phiguard synth\n" }
            if index % 13 == 0 { text += "ssn = '524-71-3302'\n" }
            // A refused allow of a rule that cannot be overridden leaves a note.
            if index % 17 == 0 {
                text += "# phiguard:allow secret.fixture-private-key -- it is only a test key really\n"
                text += "-----BEGIN RSA PRIVATE KEY-----MIIEpAIBAAKCAQEA\n"
            }
            try fixture.write("src/m\(index).py", text)
        }
        try fixture.write("new/added.py", "print(record)\nok = 1\n")
        try fixture.write("assets/logo.bin", bytes: [0x89, 0x50, 0x00, 0x01, 0x02])
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "ssn = '524-71-3302'\n".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try fixture.write("notes/legacy.txt", bytes: utf16)
        try fixture.git(["add", "-A"])
        return fixture
    }

    /// A large staged change is read, diffed and scanned on several threads; the report must
    /// be exactly the one a single thread gives: the same findings in the same order (binary
    /// and document files first, then text files by path), allows, notes and counts.
    @Test func largeStagedChangeScansAlikeOnOneThreadAndOnMany() throws {
        let fixture = try Self.largeChange()
        func report(jobs: Int) throws -> ScanReport {
            try TestEnvironment.withLock {
                var request = ScanRequest(source: .staged, repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory)
                request.jobs = jobs
                return try Scan.run(request)
            }
        }
        let single = try report(jobs: 1), parallel = try report(jobs: 2)
        func rows(_ report: ScanReport) -> [String] {
            report.findings.map { "\($0.file):\($0.line):\($0.column) \($0.ruleID) \($0.fingerprint) \($0.overridden)" }
        }
        #expect(rows(parallel) == rows(single))
        #expect(parallel.summary == single.summary)
        #expect(parallel.notes == single.notes)
        #expect(single.notes.filter { $0.contains("cannot be overridden") }.count == 6, "\(single.notes)")
        #expect(single.findings.contains { $0.file == "notes/legacy.txt" }, "the UTF-16 file was not decoded and scanned")
        #expect(single.findings.contains { $0.overridden }, "the inline allow was not applied")
        #expect(single.summary.binaryFiles == ["assets/logo.bin", "notes/legacy.txt"])
        #expect(single.summary.files == 81)
        // The index reader's path (no deletion or rename), with enough files that two jobs
        // do split the work.
        let pending = try #require(try fixture.open().pendingStagedChanges())
        typealias Parallelism = FileScanner.Parallelism
        #expect(Parallelism.threads(for: pending, jobs: 2) == 2)
        #expect(Parallelism.threads(for: pending, jobs: 1) == nil)
        #expect(Parallelism.threads(forFiles: 10, bytes: 30_000, jobs: 2) == nil, "a typical small commit stays on one thread")
        #expect(Parallelism.threads(forFiles: 10, bytes: 800_000, jobs: 2) == 2, "a few big files are split")
        #expect(Parallelism.threads(forFiles: 10, bytes: 221_000, jobs: 2) == 2, "ten files of a real code base are split")
        #expect(Parallelism.threads(forFiles: 3, bytes: 221_000, jobs: 2) == nil, "too few files to split")
        #expect(Parallelism.threads(forFiles: 1, bytes: 8_000_000, jobs: 2) == nil, "one file cannot be split")
        #expect(single.findings.filter { $0.ruleID == "phi-logging.fixture-print-record" }.count == 11)
    }

    /// Other threads read blobs while the calling thread loads the rules. One that has read
    /// every file before the rules are ready scans them once they are: same findings,
    /// counts and notes as one thread.
    @Test func filesReadBeforeTheRulesAreReadyAreScannedOnceTheyAre() throws {
        let fixture = try Self.largeChange()
        let repository = try fixture.open()
        let rules = try RuleSet.load(configPath: nil, workingDirectory: fixture.root, rulesDirectory: Fixtures.rulesDirectory,
                                     examples: false)
        let make: @Sendable () -> FileScanner = { Scan.scanner(rules, key: "key", failOnUnused: false) }
        let one = make()
        var singleSummary = ScanSummary()
        let single = try one.scan(try repository.stagedChanges(), commit: nil, repository: repository, summary: &singleSummary)
        let pending = try #require(try repository.pendingStagedChanges())
        var summary = ScanSummary()
        let (parallel, prepared) = try FileScanner.scanInParallel(pending, threads: 2, repository: repository,
                                                                  summary: &summary) {
            usleep(300_000)   // meanwhile the other thread reads and diffs all 93 files
            return .init(rules: rules, scanner: make(), makeScanner: make)
        }
        let scanner = prepared.scanner
        func rows(_ findings: [Finding]) -> [String] {
            findings.map { "\($0.file):\($0.line):\($0.column) \($0.ruleID) \($0.fingerprint) \($0.overridden)" }
        }
        #expect(rows(parallel) == rows(single) && parallel.count > 20)
        #expect(summary == singleSummary)
        #expect(scanner.resolver.notes == one.resolver.notes)
    }

    /// When the rules cannot be loaded, the threads already reading stop and the rules'
    /// error is the one reported (not a hang, not a reading thread's error).
    @Test func aFailedPreparationStopsTheReadingThreads() throws {
        struct Refused: Error {}
        let fixture = try Self.largeChange()
        let repository = try fixture.open()
        let pending = try #require(try repository.pendingStagedChanges())
        var summary = ScanSummary()
        #expect(throws: Refused.self) {
            try FileScanner.scanInParallel(pending, threads: 2, repository: repository, summary: &summary) {
                usleep(50_000)
                throw Refused()
            }
        }
        #expect(throws: PhiguardError.self) {
            try TestEnvironment.withLock {
                var request = ScanRequest(source: .staged, repositoryPath: fixture.root, rulesDirectory: fixture.root + "/no-such-rules")
                request.jobs = 2
                return try Scan.run(request)
            }
        }
    }
}
