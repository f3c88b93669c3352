import GitKit
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A scan over many commits, in parallel on every core with the output in a fixed order
/// (oldest commit first, then file, then line). Each worker opens its own repository
/// handle and engine; identical added content is scanned once (`ScanCache`); only commit
/// ids are held up front, so memory stays flat on long histories.
struct CommitScan {
    let repository: Repository
    let rules: RuleSet
    let key: String
    let request: ScanRequest

    /// Consecutive commits a thread takes at a time, at most (fewer on a short range, so
    /// that every thread still gets several takes).
    static let commitsPerTake = 16

    func run(_ selection: CommitSelection) throws -> ScanReport {
        // An empty range (nothing new on the branch, a quiet day for --since) is a clean
        // result, as for git log; the summary says that no commit was scanned.
        let ids = try select(selection)
        let cutoff: Int64? = try selection.since.map { since in
            guard let seconds = Clock.parse(since) else {
                throw PhiguardError.usage("--since takes a UTC date such as 2026-11-01")
            }
            return Int64(seconds)
        }
        let workers = max(1, min(request.jobs ?? WorkerThreads.available, max(1, ids.count)))
        let cache = ScanCache()
        let next = Atomic<Int>(0)
        let done = Atomic<Int>(0)
        let results = Mutex<[Int: CommitResult]>([:])
        let failure = Mutex<(any Error)?>(nil)
        let notes = Mutex<[String]>([])
        let commonDirectory = repository.commonDirectory

        let take = max(1, min(CommitScan.commitsPerTake, ids.count / (workers * 4)))
        let work: @Sendable () -> Void = {
            do {
                let local = try Repository.openForHistory(gitDirectory: commonDirectory)
                let scanner = Scan.scanner(rules, key: key, failOnUnused: request.failOnUnusedOverrides, cache: cache)
                // A root commit was scanned, and its overrides fingerprinted, before any
                // commit existed: with the key of an unborn history.
                let rootScanner = Scan.scanner(rules, key: Scan.unbornKey, failOnUnused: request.failOnUnusedOverrides)
                let messages = (try Scan.messageEngine(rules, key: key), try Scan.messageEngine(rules, key: Scan.unbornKey))
                // Commits are taken in runs of consecutive ones (oldest first, so mostly each
                // after its parent): a commit's parent trees are then the trees this thread
                // just read, still in its handle's object cache. Taken one by one, alternate
                // commits went to alternate threads and every parent tree was inflated again.
                while failure.withLock({ $0 == nil }) {
                    let first = next.add(take, ordering: .relaxed).oldValue
                    guard first < ids.count else { break }
                    for index in first..<min(first + take, ids.count) where failure.withLock({ $0 == nil }) {
                        let result = try scanCommit(ids[index], repository: local, scanners: (scanner, rootScanner),
                                                    messages: messages, selection: selection, cutoff: cutoff)
                        results.withLock { $0[index] = result }
                        let finished = done.add(1, ordering: .relaxed).newValue
                        request.progress?(finished, ids.count)
                    }
                }
                notes.withLock { $0 += scanner.resolver.notes + rootScanner.resolver.notes }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        try WorkerThreads.run(workers) { _ in work() }
        if let error = failure.withLock({ $0 }) { throw error }

        var summary = ScanSummary()
        var findings: [Finding] = []
        for (_, result) in results.withLock({ $0 }).sorted(by: { $0.key < $1.key }) {
            guard result.scanned else { continue }
            summary.commits += 1
            summary.add(result.summary)
            findings += result.findings.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
        }
        summary.count(findings)
        return ScanReport(findings: findings, summary: summary, rules: rules.pack.rules, notes: Array(LinkedSet(notes.withLock { $0 })))
    }

    private func select(_ selection: CommitSelection) throws -> [ObjectID] {
        var include = selection.include, exclude = selection.exclude
        var includeRefs: [String] = []
        if let range = selection.range {
            if range.contains("...") {
                throw PhiguardError.usage("'\(range)': symmetric ranges (A...B) are not supported; use A..B")
            }
            if let dots = range.firstRange(of: "..") {
                let from = String(range[..<dots.lowerBound]), to = String(range[dots.upperBound...])
                include.append(to.isEmpty ? "HEAD" : to)
                if !from.isEmpty { exclude.append(from) }
            } else if !selection.all && !selection.branches && selection.include.isEmpty {
                return [try repository.commit(range).id]
            } else {
                include.append(range)
            }
        }
        if selection.all { include.append("HEAD") }
        if selection.branches { includeRefs.append("heads") }
        if include.isEmpty && includeRefs.isEmpty {
            if selection.since != nil { include.append("HEAD") } else {
                throw PhiguardError.usage("name the commits: a range A..B, a revision, --all, --branches or --since DATE")
            }
        }
        return try repository.commitIDs(include: include, includeRefs: includeRefs, exclude: exclude,
                                        excludeRefs: selection.excludeRemoteTracking ? ["remotes"] : [])
    }

    private func scanCommit(_ id: ObjectID, repository: Repository, scanners: (FileScanner, FileScanner),
                            messages: (Engine, Engine), selection: CommitSelection, cutoff: Int64?) throws -> CommitResult {
        let commit = try repository.commit(id: id)
        let scanner = commit.parents.isEmpty ? scanners.1 : scanners.0
        // In a range the time budget applies per commit: a long history is not hostile.
        scanner.engine.deadline = Monotonic.nanoseconds() + UInt64(rules.configuration.timeBudgetSeconds) * 5_000_000_000
        if commit.parents.count > 1 && !selection.merges { return CommitResult() }
        if let cutoff, commit.time < cutoff { return CommitResult() }
        var summary = ScanSummary()
        var findings = try scanner.scan(try repository.changes(in: commit), commit: commit.id.hex, repository: repository,
                                        summary: &summary)
        findings += try Scan.scanMessage(commit.message, commit: commit.id.hex,
                                         engine: commit.parents.isEmpty ? messages.1 : messages.0)
        // A hand-written trailer is held to the same reason rule as `phiguard override`:
        // one without a real justification overrides nothing and is itself a finding.
        func finding(_ rule: String, _ severity: Severity, _ trailer: OverrideTrailer, _ problem: String, _ remediation: String) -> Finding {
            Finding(ruleID: rule, category: .meta, severity: severity, file: "(commit message)", line: 1, column: 1,
                    commit: commit.id.hex, message: "trailer '\(trailer.label)' \(problem)", hipaa: Category.meta.hipaaAnchor,
                    remediation: remediation,
                    fingerprint: scanner.engine.fingerprint(rule: rule, file: commit.id.hex, text: trailer.line), snippet: "")
        }
        var trailers: [OverrideTrailer] = []
        for trailer in OverrideTrailer.parse(message: commit.message) {
            guard let problem = Justification.problem(with: trailer.reason) else { trailers.append(trailer); continue }
            findings.append(finding("meta.unjustified-allow", .block, trailer, "has no valid reason: \(problem)",
                                    "Rewrite the commit message with a reason of at least \(Justification.minimumLength) characters that says why, or fix the finding."))
        }
        let unused = scanner.resolver.resolve(&findings, overrides: trailers, kind: .trailer,
                                              matches: { $0.matches($1) }, reason: \.reason)
        for trailer in unused {
            findings.append(finding("meta.unused-override", request.failOnUnusedOverrides ? .block : .warn, trailer,
                                    "matches no finding in this commit",
                                    "Stale overrides hide nothing; drop the trailer when the commit is rewritten."))
        }
        // A trailer older than its rule's max_age still lets the finding through, but the
        // range scan says the justification has gone stale and wants a fresh look.
        let ageDays = (Int64(Clock.now()) - commit.time) / 86_400
        for finding in findings where finding.overrideKind == .trailer {
            guard let maxAge = rules.pack.rule(withID: finding.ruleID)?.maxAgeDays, ageDays > Int64(maxAge) else { continue }
            findings.append(Finding(
                ruleID: "meta.stale-override", category: .meta, severity: .warn, file: finding.file, line: finding.line,
                column: finding.column, commit: commit.id.hex,
                message: "the override of \(finding.ruleID) is \(ageDays) days old, past its rule's max_age of \(maxAge) days",
                hipaa: Category.meta.hipaaAnchor,
                remediation: "Review whether the justification still holds; fix the finding or re-justify it in a new commit.",
                fingerprint: scanner.engine.fingerprint(rule: "meta.stale-override", file: finding.file, text: finding.fingerprint),
                snippet: ""))
        }
        let author = "\(commit.authorName) <\(commit.authorEmail)>"
        let date = Clock.iso(time_t(commit.time))
        for index in findings.indices {
            findings[index].commitAuthor = author
            findings[index].commitDate = date
        }
        return CommitResult(scanned: true, findings: findings, summary: summary)
    }
}

/// What one commit contributed, kept until the report is assembled in commit order.
struct CommitResult: Sendable {
    var scanned = false
    var findings: [Finding] = []
    var summary = ScanSummary()
}
