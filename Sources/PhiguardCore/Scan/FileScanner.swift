import GitKit
import Synchronization

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
    private func scanBinaryAndDocuments(_ changes: ChangeSet, commit: String?, repository: Repository,
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
    private static func add(_ outcomes: [TextOutcome], to summary: inout ScanSummary) -> [Finding] {
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

    /// How a large staged change is spread over threads: the calling thread works with this
    /// scanner and handle, every other thread opens its own handle and makes its own scanner
    /// (a handle, an engine and a resolver are each used by one thread at a time). Threads
    /// take files in turn, read and diff each file's blobs and scan it on the same handle
    /// (whose object cache still holds the new side), and the outcomes are put back in file
    /// order, so the report is exactly the one a single thread gives.
    struct Parallelism: Sendable {
        var threads: Int
        /// A scanner like this one, made on the thread that will use it.
        let makeScanner: @Sendable () -> FileScanner
        /// One thread is quicker below this many changed files, unless they are big: every
        /// other thread opens a handle and decodes and JIT-compiles its patterns again
        /// (a few milliseconds), which pays off from about 64 small files, or from a few files
        /// with 64 KB of new content between them. Measured on swift-protobuf edits in place
        /// (hyperfine medians, one thread -> two): 4 files, 91 KB: 13.0 -> 12.9 ms; 6 files,
        /// 167 KB: 14.6 -> 14.7 ms; 10 files, 221 KB: 24.1 -> 21.1 ms. Both sides of a
        /// modified file are read, so the new side's size understates the work.
        static let minimumFiles = 64
        static let minimumBytes = 64 * 1024

        func threads(for pending: PendingChangeSet) -> Int? {
            threads(forFiles: pending.changes.count, bytes: pending.changes.reduce(0) { $0 + $1.sizeHint })
        }

        func threads(forFiles count: Int, bytes: Int) -> Int? {
            let worthIt = count >= Parallelism.minimumFiles || (count >= 4 && bytes >= Parallelism.minimumBytes)
            let useful = min(threads, count / 2)
            return worthIt && useful > 1 ? useful : nil
        }
    }

    /// `pending` resolved and scanned on `threads` threads (see `Parallelism`).
    func scanInParallel(_ pending: PendingChangeSet, threads: Int, parallelism: Parallelism, repository: Repository,
                        summary: inout ScanSummary) throws -> [Finding] {
        let changes = pending.changes
        let next = Atomic<Int>(0)
        let resolved = Mutex<[(file: FileChange, outcome: TextOutcome?)?]>(Array(repeating: nil, count: changes.count))
        let failure = Mutex<(any Error)?>(nil)
        let deadline = engine.deadline
        let notesBefore = resolver.notes.count
        let calling = CallingThreadOnly((self, repository))
        try WorkerThreads.run(threads) { worker in
            do {
                let (scanner, repository) = worker == 0
                    ? calling.value : (parallelism.makeScanner(), try calling.reopen())
                scanner.engine.deadline = deadline
                while failure.withLock({ $0 == nil }) {
                    let index = next.add(1, ordering: .relaxed).oldValue
                    guard index < changes.count else { break }
                    let file = try repository.resolve(changes[index])
                    let outcome = file.isBinary || file.hunks.isEmpty
                        ? nil : try scanner.scanText(file, commit: nil, repository: repository)
                    resolved.withLock { $0[index] = (file, outcome) }
                }
            } catch {
                failure.withLock { if $0 == nil { $0 = error } }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        let results = resolved.withLock { $0 }.compactMap { $0 }
        guard results.count == changes.count else { throw PhiguardError.internalInconsistency("a scan thread left files unscanned") }
        // The notes this thread's files left are dropped here and every file's notes are
        // added back in file order, after those of the binary and document files, where a
        // single thread puts them.
        resolver.forgetNotes(after: notesBefore)
        let changeSet = pending.changeSet(results.map(\.file))
        var findings = try scanBinaryAndDocuments(changeSet, commit: nil, repository: repository, summary: &summary)
        // In path order, as the change set lists its text files.
        let ordered = results.sorted { $0.file.path < $1.file.path }.compactMap(\.outcome)
        resolver.add(notes: ordered.flatMap(\.notes))
        findings += FileScanner.add(ordered, to: &summary)
        return findings
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

/// This scanner and handle, carried into the worker closure for the calling thread alone
/// (worker 0): they are never touched by another thread. Other threads open their own
/// handle with `reopen`, which only reads what the handle was opened with.
private final class CallingThreadOnly: @unchecked Sendable {
    let value: (FileScanner, Repository)
    init(_ value: (FileScanner, Repository)) { self.value = value }
    func reopen() throws -> Repository { try value.1.reopen() }
}
