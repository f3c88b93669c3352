import GitKit

/// The whole pipeline, callable without the CLI: repository → changes → engine →
/// path allows → report. The command line only translates flags into a `ScanRequest`
/// and the report into output and an exit code.
public enum Scan {
    public static func run(_ request: ScanRequest) throws -> ScanReport {
        let repository = try request.repositoryPath.map { try Repository.discover(startingAt: $0) }
            ?? Repository.openFromEnvironment()
        let rules = try RuleSet.load(configPath: request.configPath, workingDirectory: repository.workingDirectory,
                                     rulesDirectory: request.rulesDirectory)
        let key = try repository.rootCommitID()?.hex ?? "unborn"
        let engine = Engine(pack: rules.pack, fingerprintKey: key, contextLines: rules.configuration.contextLines)
        var summary = ScanSummary()
        var findings: [Finding] = []

        switch request.source {
        case .staged:
            guard !repository.isBare else {
                throw PhiguardError.repository("--staged needs a work tree; this repository is bare (scan a range instead: phiguard scan A..B)")
            }
            let changes = try repository.stagedChanges()
            findings += try scan(changes, commit: nil, repository: repository, engine: engine, summary: &summary)
            if changes.deltaCount == 0, try repository.indexDiffersFromHead() {
                throw PhiguardError.internalInconsistency(
                    "the index differs from HEAD but the staged diff is empty; refusing to report a clean scan")
            }
        case let .revisions(spec):
            let commits = try repository.commits(inRange: spec)
            guard !commits.isEmpty else {
                throw PhiguardError.usage("revision range '\(spec)' selects no commits")
            }
            for commit in commits {
                let changes = try repository.changes(in: commit)
                findings += try scan(changes, commit: commit.id.hex, repository: repository, engine: engine, summary: &summary)
                summary.commits += 1
            }
        }

        for index in findings.indices {
            if let allow = rules.configuration.allow(covering: findings[index].ruleID, category: findings[index].category,
                                                     path: findings[index].file) {
                findings[index].overridden = true
                findings[index].overrideReason = allow.reason
            }
        }
        summary.count(findings)
        return ScanReport(findings: findings, summary: summary, rules: rules.pack.rules)
    }

    private static func scan(_ changes: ChangeSet, commit: String?, repository: Repository, engine: Engine,
                             summary: inout ScanSummary) throws -> [Finding] {
        summary.binaryFiles += changes.binaryFiles
        summary.deletedFiles += changes.deletedFiles
        var findings: [Finding] = []
        for file in changes.files where !file.hunks.isEmpty {
            summary.files += 1
            summary.hunks += file.hunks.count
            let addedLines = file.hunks.flatMap(\.addedLines)
            let content = try repository.blobContent(file.newBlob)
            summary.lines += addedLines.count
            summary.bytes += addedBytes(content, lines: addedLines)
            findings += try engine.scan(ScanInput(path: file.path, content: content, addedLines: addedLines, commit: commit))
        }
        return findings
    }

    /// Bytes of the given 1-based lines, for the summary.
    private static func addedBytes(_ content: [UInt8], lines: [Int]) -> Int {
        guard !lines.isEmpty else { return 0 }
        var wanted = Set(lines), total = 0, line = 1, start = 0
        for (index, byte) in content.enumerated() where byte == 0x0A {
            if wanted.remove(line) != nil { total += index + 1 - start }
            line += 1
            start = index + 1
        }
        if wanted.contains(line) { total += content.count - start }
        return total
    }
}
