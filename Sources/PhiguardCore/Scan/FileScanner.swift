import GitKit

/// Scans the files of one change set: engine, then inline and path allows. One per
/// thread (it owns an `Engine`), sharing a `ScanCache` with the others.
final class FileScanner {
    let engine: Engine
    var resolver: OverrideResolver
    let cache: ScanCache?

    init(engine: Engine, resolver: OverrideResolver, cache: ScanCache? = nil) {
        self.engine = engine
        self.resolver = resolver
        self.cache = cache
    }

    func scan(_ changes: ChangeSet, commit: String?, repository: Repository, summary: inout ScanSummary) throws -> [Finding] {
        var findings = try scanBinaryAndDocuments(changes, commit: commit, repository: repository, summary: &summary)
        let outcomes = try changes.files.filter { !$0.hunks.isEmpty }.map { try scanText($0, commit: commit, repository: repository) }
        findings += FileScanner.add(outcomes, to: &summary)
        return findings
    }

    /// Binary files and text files of a PHI-bearing type (an .eml, an .rtf): judged by type
    /// or extracted text. Comes first in every report, before the text files' findings.
    func scanBinaryAndDocuments(_ changes: ChangeSet, commit: String?, repository: Repository,
                                        summary: inout ScanSummary) throws -> [Finding] {
        summary.binaryFiles += changes.binaryFiles
        summary.deletedFiles += changes.deletedFiles
        var findings: [Finding] = []
        // Binary files and text files of a PHI-bearing type (an .eml, an .rtf) are judged
        // by type or extracted text; a pure rename brings nothing new.
        // UTF-16 text (Windows tools write it) looks binary to git: decode and scan it whole.
        var textFromBinary = Set<String>()
        for file in changes.binaryChanges where file.status != .renamed && file.newSize <= resolver.configuration.maxAddedBytes {
            let content = try repository.blobContent(file.newBlob)
            guard let decoded = FileScanner.utf16Text(content) else { continue }
            textFromBinary.insert(file.path)
            let bytes = Array(decoded.utf8)
            let lines = max(1, bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count)
            summary.lines += lines
            summary.bytes += bytes.count
            findings += try scan(ScanInput(path: file.path, content: bytes, addedLines: Array(1...lines), commit: commit))
        }
        let documents = changes.binaryChanges.filter { !textFromBinary.contains($0.path) }
            + changes.files.filter { DocumentInspector.kind(of: $0.path, content: nil) != nil }
        for file in documents where file.status != .renamed {
            var found = try DocumentInspector.inspect(file, repository: repository, scanner: self, commit: commit)
            resolver.applyPathAllows(&found)
            findings += found
        }
        return findings
    }

    /// The text files' findings in order, their counts added to the summary.
    static func add(_ outcomes: [TextOutcome], to summary: inout ScanSummary) -> [Finding] {
        var findings: [Finding] = []
        for outcome in outcomes {
            summary.files += 1
            summary.hunks += outcome.hunks
            summary.lines += outcome.lines
            summary.bytes += outcome.bytes
            findings += outcome.findings
        }
        return findings
    }

    /// What scanning one text file gave: its findings and its part of the summary.
    struct TextOutcome: Sendable {
        var findings: [Finding]
        var hunks: Int
        var lines: Int
        var bytes: Int
        /// The resolver's notes about this file, kept in file order across threads.
        var notes: [String] = []
    }

    /// The added lines of one text file: engine, allows, the size limit and the cache.
    func scanText(_ file: FileChange, commit: String?, repository: Repository) throws -> TextOutcome {
        let addedLines = file.hunks.flatMap(\.addedLines)
        var outcome = TextOutcome(findings: [], hunks: file.hunks.count, lines: addedLines.count, bytes: 0)
        let key = cache.map { _ in ScanCache.key(path: file.path, blob: file.newBlob.hex, lines: addedLines) }
        if let key, let cached = cache?.findings(for: key) {
            outcome.bytes = cached.bytes
            outcome.findings = cached.findings.map { var copy = $0; copy.commit = commit; return copy }
            return outcome
        }
        let input = ScanInput(path: file.path, content: try repository.blobContent(file.newBlob), addedLines: addedLines,
                              commit: commit)
        outcome.bytes = FileScanner.addedBytes(input)
        if outcome.bytes > resolver.configuration.maxAddedBytes {
            var found = [engine.limitFinding(
                reason: "\(TextReporter.byteCount(outcome.bytes)) added, over the \(TextReporter.byteCount(resolver.configuration.maxAddedBytes)) limit",
                line: addedLines.first ?? 1, input: input)]
            resolver.applyPathAllows(&found)
            outcome.findings = found
            return outcome
        }
        let notesBefore = resolver.notes.count
        outcome.findings = try scan(input)
        outcome.notes = Array(resolver.notes[notesBefore...])
        if let key { cache?.store(outcome.findings.map { var copy = $0; copy.commit = nil; return copy }, bytes: outcome.bytes, for: key) }
        return outcome
    }

    func scan(_ input: ScanInput) throws -> [Finding] {
        let engine = self.engine
        return resolver.resolve(file: try engine.scan(input), input: input) { rule, text in
            engine.fingerprint(rule: rule, file: input.path, text: text)
        }
    }

    /// The text of a UTF-16 file with a byte-order mark, or nil.
    static func utf16Text(_ bytes: [UInt8]) -> String? {
        guard bytes.count >= 2, bytes.count % 2 == 0 else { return nil }
        let little: Bool
        if bytes[0] == 0xFF && bytes[1] == 0xFE { little = true } else if bytes[0] == 0xFE && bytes[1] == 0xFF { little = false } else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            units.append(little ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8 : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Bytes of the input's added lines, for the summary and the size limit.
    static func addedBytes(_ input: ScanInput) -> Int {
        var total = 0
        for line in Set(input.addedLines) where line >= 1 && line <= input.lines.count { total += input.lines.range(of: line).count }
        return total
    }
}
