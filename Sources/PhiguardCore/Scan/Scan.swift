import GitKit

/// The whole pipeline, callable without the CLI: repository → changes → engine →
/// overrides → report. The command line only translates flags into a `ScanRequest` and
/// the report into output and an exit code.
public enum Scan {
    public static func run(_ request: ScanRequest) throws -> ScanReport {
        if case let .content(path, bytes) = request.source {
            return try scanContent(path: path, bytes: bytes, request: request)
        }
        let repository = try request.repositoryPath.map { try Repository.discover(startingAt: $0) }
            ?? Repository.openFromEnvironment()
        if case .staged = request.source { return try scanStaged(repository, request: request) }
        let rules = try RuleSet.load(configPath: request.configPath, workingDirectory: repository.workingDirectory,
                                     rulesDirectory: request.rulesDirectory, examples: false)
        let key = try fingerprintKey(repository)
        switch request.source {
        case .staged:
            preconditionFailure("handled above")
        case let .commits(selection):
            return try CommitScan(repository: repository, rules: rules, key: key, request: request).run(selection)
        case let .message(text):
            let findings = try scanMessage(text, commit: nil, engine: messageEngine(rules, key: key), beforeCleanup: true)
            var summary = ScanSummary()
            summary.count(findings)
            return ScanReport(findings: findings, summary: summary, rules: rules.pack.rules)
        case .content:
            preconditionFailure("handled above")
        }
    }

    /// Fingerprints are keyed by the repository's root commit, so a developer's clone and
    /// CI agree while an outsider holding only a trailer cannot test guesses.
    /// The root is remembered in `<git-dir>/phiguard/root`, since finding it walks the
    /// whole first-parent history; a remembered id is used only while it still names a
    /// root commit of this repository.
    static func fingerprintKey(_ repository: Repository) throws -> String {
        let remembered = repository.commonDirectory + "/phiguard/root"
        if let bytes = try? FileSystem.readFile(remembered), let id = ObjectID(hex: String(decoding: bytes, as: UTF8.self)),
           let commit = try? repository.commit(id: id), commit.parents.isEmpty, !repository.isHeadUnborn {
            return id.hex
        }
        guard let root = try repository.rootCommitID() else { return unbornKey }
        try? FileLock.createDirectory(repository.commonDirectory + "/phiguard")
        try? FileLock.replaceDurably(Array(root.hex.utf8), at: remembered, sync: false)
        return root.hex
    }

    /// The key before the first commit exists. Only the root commit's fingerprints use it.
    static let unbornKey = "unborn"

    static func scanner(_ rules: RuleSet, key: String, failOnUnused: Bool, cache: ScanCache? = nil) -> FileScanner {
        let engine = Engine(pack: rules.pack, fingerprintKey: key, contextLines: rules.configuration.contextLines)
        // 5% of the budget is kept for what follows the rules (overrides, the report), so
        // the whole hook, not only the matching, stays within it.
        engine.deadline = Monotonic.nanoseconds() + UInt64(rules.configuration.timeBudgetSeconds) * 950_000_000
        engine.limitSeverity = rules.configuration.limitSeverity
        return FileScanner(engine: engine,
                    resolver: OverrideResolver(rules: rules.pack.rules, configuration: rules.configuration,
                                               failOnUnused: failOnUnused),
                    cache: cache)
    }

    private static func scanStaged(_ repository: Repository, request: ScanRequest) throws -> ScanReport {
        guard !repository.isBare else {
            throw PhiguardError.repository("--staged needs a work tree; this repository is bare (scan a range instead: phiguard scan A..B)")
        }
        // A thread for a large change is started now, so that it is running by the time
        // the index says whether there is one (see WorkerThreads.Spare); unused, it ends.
        let jobs = request.jobs ?? WorkerThreads.available
        let spare = jobs > 1 ? WorkerThreads.Spare() : nil
        defer { spare?.release() }
        // The configuration and the override variable are checked on every run (a broken
        // one fails the hook even with nothing staged); the pack, the fingerprint key and
        // the engine are built only when there is something to scan.
        let configuration = try RuleSet.configuration(configPath: request.configPath,
                                                      workingDirectory: repository.workingDirectory)
        let environment = try EnvironmentOverride.parse(request.environmentOverride)
        let state = OverrideState(gitDirectory: repository.gitDirectory)
        // Which paths changed, from the index; their blobs are read below, on several
        // threads for a large change. libgit2's diff covers the index shapes our reader
        // leaves to it.
        let pending = try repository.pendingStagedChanges()
        let changes = pending == nil ? try repository.stagedChanges() : nil
        if (pending?.deltaCount ?? changes?.deltaCount ?? 0) == 0 {
            if try repository.indexDiffersFromHead() {
                throw PhiguardError.internalInconsistency(
                    "the index differs from HEAD but the staged diff is empty; refusing to report a clean scan")
            }
            return record(ScanReport(findings: [], summary: ScanSummary(), rules: []), in: state)
        }
        let failOnUnused = request.failOnUnusedOverrides
        func prepare() throws -> FileScanner.Prepared {
            let rules = try RuleSet(configuration: configuration, rulesDirectory: request.rulesDirectory, examples: false)
            let key = try fingerprintKey(repository)
            return .init(rules: rules, scanner: Scan.scanner(rules, key: key, failOnUnused: failOnUnused),
                         makeScanner: { Scan.scanner(rules, key: key, failOnUnused: failOnUnused) })
        }
        var summary = ScanSummary()
        var findings: [Finding]
        let prepared: FileScanner.Prepared
        if let pending, let threads = FileScanner.Parallelism.threads(for: pending, jobs: jobs) {
            // Other threads start reading blobs while this one loads the rules.
            (findings, prepared) = try FileScanner.scanInParallel(pending, threads: threads, spare: spare, repository: repository,
                                                                  summary: &summary, prepare: prepare)
        } else {
            // (Released now, not at the end: its thread stops polling for work.)
            spare?.release()
            prepared = try prepare()
            guard let changes = try changes ?? pending?.resolved(with: repository) else {
                throw PhiguardError.internalInconsistency("no staged change set")
            }
            findings = try prepared.scanner.scan(changes, commit: nil, repository: repository, summary: &summary)
        }
        let rules = prepared.rules, scanner = prepared.scanner
        _ = scanner.resolver.resolve(&findings, overrides: environment, kind: .env, matches: { $0.matches($1) }, reason: \.reason)
        _ = scanner.resolver.resolve(&findings, overrides: try state.bypasses(), kind: .bypass,
                                     matches: { $0.rule == $1.ruleID && $0.fingerprint == $1.fingerprint }, reason: \.reason)
        summary.count(findings)
        let applied = findings.compactMap { finding in
            finding.overrideKind.map { AppliedOverride(kind: $0, finding: finding, reason: finding.overrideReason ?? "") }
        }
        return record(ScanReport(findings: findings, summary: summary, rules: rules.pack.rules, applied: applied,
                                 notes: scanner.resolver.notes), in: state)
    }

    /// Hands the scan to `phiguard override` and the commit hooks; a failure to write is a
    /// note, not an error (a read-only `.git` still gets its scan).
    private static func record(_ report: ScanReport, in state: OverrideState) -> ScanReport {
        var report = report
        do {
            try state.recordScan(report.findings)
            try state.recordApplied(.init(confirmed: false, overrides: report.applied))
        } catch {
            report.notes.append("could not record this scan for 'phiguard override' (\(error))")
        }
        return report
    }

    /// `scan --stdin --path P`: the bytes as a new file at P, every line added, with the
    /// configuration of the repository around the current directory when there is one.
    private static func scanContent(path: String, bytes: [UInt8], request: ScanRequest) throws -> ScanReport {
        let repository = try? (request.repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment())
        let rules = try RuleSet.load(configPath: request.configPath, workingDirectory: repository?.workingDirectory,
                                     rulesDirectory: request.rulesDirectory, examples: false)
        let key = try repository.map(fingerprintKey) ?? unbornKey
        let scanner = scanner(rules, key: key, failOnUnused: request.failOnUnusedOverrides)
        let lineCount = bytes.isEmpty ? 0 : bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
            - (bytes.last == 0x0A ? 1 : 0)
        let added = Array(1...max(1, lineCount))
        let findings = try scanner.scan(ScanInput(path: path, content: bytes, addedLines: bytes.isEmpty ? [] : added))
        var summary = ScanSummary()
        summary.files = 1
        summary.hunks = bytes.isEmpty ? 0 : 1
        summary.lines = bytes.isEmpty ? 0 : lineCount
        summary.bytes = bytes.count
        summary.count(findings)
        return ScanReport(findings: findings, summary: summary, rules: rules.pack.rules, notes: scanner.resolver.notes)
    }

    /// A commit message is scanned with the secret and PHI rules only, whatever their
    /// languages: history is forever, and messages are read by everyone.
    static func scanMessage(_ text: String, commit: String?, rules: RuleSet, key: String) throws -> [Finding] {
        try scanMessage(text, commit: commit, engine: messageEngine(rules, key: key))
    }

    /// The engine for commit messages; build it once per worker, not per commit.
    static func messageEngine(_ rules: RuleSet, key: String) throws -> Engine {
        let messageRules = rules.pack.rules.filter { $0.category == .secret || $0.category == .phiLiteral }.map { $0.anywhere() }
        return Engine(pack: try RulePack(rules: messageRules), fingerprintKey: key)
    }

    /// - Parameter beforeCleanup: the commit-msg hook's message file, which git still
    ///   cleans up (comment lines dropped, cut at a scissors line); a stored commit's
    ///   message is scanned whole, since git keeps what it kept.
    static func scanMessage(_ text: String, commit: String?, engine: Engine, beforeCleanup: Bool = false) throws -> [Finding] {
        var message = text
        if beforeCleanup {
            if let cut = OverrideTrailer.scissorsLine(in: message) { message = String(message[..<cut]) }
            message = message.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.hasPrefix("#") ? "" : $0 }   // blank, not removed: line numbers stay right
                .joined(separator: "\n")
        }
        let bytes = Array(message.utf8)
        let lines = max(1, bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count)
        return try engine.scan(ScanInput(path: "(commit message)", content: bytes, addedLines: Array(1...lines),
                                         commit: commit, language: .text))
    }
}
