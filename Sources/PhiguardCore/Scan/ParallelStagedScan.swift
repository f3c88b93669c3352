import GitKit
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// A large staged change read, diffed and scanned on several threads.
///
/// The threads start as soon as the changed paths are known: while the calling thread
/// loads the rule pack and builds its engine, the others already read and diff blobs,
/// which need no rules. Reading the old side of one file can take as long as the rest of
/// the commit (a blob at the end of a delta chain: 10 ms for one file of swift-protobuf,
/// for git too), so starting it early shortens the whole run. A thread that has read
/// files before the rules are ready scans them once they are.
///
/// The calling thread keeps its scanner and handle; every other thread opens its own
/// handle and makes its own scanner (a handle, an engine and a resolver are each used by
/// one thread at a time). Threads take files in turn, and the outcomes are put back in
/// file order, so the report is exactly the one a single thread gives.
extension FileScanner {
    /// When to use more than one thread.
    enum Parallelism {
        /// One thread is quicker below this many changed files, unless they are big: every
        /// other thread opens a handle and decodes and JIT-compiles its patterns again
        /// (a few milliseconds), which pays off from about 64 small files, or from a few
        /// files with 64 KB of new content between them. Measured on swift-protobuf edits
        /// in place (hyperfine medians, one thread -> two): 4 files, 91 KB: 13.0 -> 12.9 ms;
        /// 6 files, 167 KB: 14.6 -> 14.7 ms; 10 files, 221 KB: 24.1 -> 21.1 ms. Both sides
        /// of a modified file are read, so the new side's size understates the work.
        static let minimumFiles = 64
        static let minimumBytes = 64 * 1024

        static func threads(for pending: PendingChangeSet, jobs: Int) -> Int? {
            threads(forFiles: pending.changes.count, bytes: pending.changes.reduce(0) { $0 + $1.sizeHint }, jobs: jobs)
        }

        static func threads(forFiles count: Int, bytes: Int, jobs: Int) -> Int? {
            let worthIt = count >= minimumFiles || (count >= 4 && bytes >= minimumBytes)
            let useful = min(jobs, count / 2)
            return worthIt && useful > 1 ? useful : nil
        }
    }

    /// What the calling thread prepares while the others start reading: the rules, its
    /// scanner, and how every other thread makes one like it.
    struct Prepared {
        let rules: RuleSet
        let scanner: FileScanner
        let makeScanner: @Sendable () -> FileScanner
    }

    /// `pending` resolved and scanned on `threads` threads; `prepare` runs on the calling
    /// thread meanwhile. Returns the findings and the calling thread's preparation (its
    /// scanner's resolver holds the notes of every file, in file order).
    /// - Parameter spare: a thread started before the index was read, used as one of them.
    static func scanInParallel(_ pending: PendingChangeSet, threads: Int, spare: WorkerThreads.Spare? = nil,
                               repository: Repository, summary: inout ScanSummary,
                               prepare: () throws -> Prepared) throws -> (findings: [Finding], prepared: Prepared) {
        let changes = pending.changes
        let next = Atomic<Int>(0)
        let resolved = Mutex<[(file: FileChange, outcome: TextOutcome?)?]>(Array(repeating: nil, count: changes.count))
        let failure = Mutex<(any Error)?>(nil)
        let factory = Handover<@Sendable () -> FileScanner>()
        let prepared = try withoutActuallyEscaping(prepare) { prepare -> (prepared: Prepared?, notesBefore: Int) in
            let calling = CallingThreadOnly(prepare: prepare, repository: repository)
            try WorkerThreads.run(threads, spare: spare) { worker in
                var scanner: FileScanner?
                do {
                    let handle: Repository
                    if worker == 0 {
                        let prepared: Prepared
                        do {
                            prepared = try calling.takePreparation()()
                        } catch {
                            // The rules' error is the one to report, whatever a reading
                            // thread ran into meanwhile.
                            failure.withLock { $0 = error }
                            factory.abandon()
                            return
                        }
                        calling.prepared = prepared
                        calling.notesBefore = prepared.scanner.resolver.notes.count
                        let deadline = prepared.scanner.engine.deadline
                        let make = prepared.makeScanner
                        factory.publish {
                            let made = make()
                            made.engine.deadline = deadline
                            return made
                        }
                        scanner = prepared.scanner
                        handle = calling.repository
                    } else {
                        handle = try calling.reopen()
                    }
                    // Files this thread has read and not yet scanned (all of them until the
                    // rules are ready).
                    var unscanned: [(index: Int, file: FileChange)] = []
                    func scanUnscanned(with scanner: FileScanner) throws {
                        for (index, file) in unscanned {
                            let outcome = file.isBinary || file.hunks.isEmpty
                                ? nil : try scanner.scanText(file, commit: nil, repository: handle)
                            resolved.withLock { $0[index] = (file, outcome) }
                        }
                        unscanned.removeAll()
                    }
                    while failure.withLock({ $0 == nil }) {
                        let index = next.add(1, ordering: .relaxed).oldValue
                        guard index < changes.count else { break }
                        unscanned.append((index, try handle.resolve(changes[index])))
                        if scanner == nil, let make = factory.value { scanner = make() }
                        if let scanner { try scanUnscanned(with: scanner) }
                    }
                    // Every file was taken before the rules were ready: wait for them.
                    if !unscanned.isEmpty, failure.withLock({ $0 == nil }), let make = factory.wait() {
                        try scanUnscanned(with: scanner ?? make())
                    }
                } catch {
                    failure.withLock { if $0 == nil { $0 = error } }
                }
            }
            return (calling.prepared, calling.notesBefore)
        }
        if let error = failure.withLock({ $0 }) { throw error }
        guard let preparation = prepared.prepared else { throw PhiguardError.internalInconsistency("the scan was never prepared") }
        let scanner = preparation.scanner
        let results = resolved.withLock { $0 }.compactMap { $0 }
        guard results.count == changes.count else { throw PhiguardError.internalInconsistency("a scan thread left files unscanned") }
        // The notes the calling thread's files left are dropped here and every file's notes
        // are added back in file order, after those of the binary and document files,
        // where a single thread puts them.
        scanner.resolver.forgetNotes(after: prepared.notesBefore)
        let changeSet = pending.changeSet(results.map(\.file))
        var findings = try scanner.scanBinaryAndDocuments(changeSet, commit: nil, repository: repository, summary: &summary)
        // In path order, as the change set lists its text files.
        let ordered = results.sorted { $0.file.path < $1.file.path }.compactMap(\.outcome)
        scanner.resolver.add(notes: ordered.flatMap(\.notes))
        findings += FileScanner.add(ordered, to: &summary)
        return (findings, preparation)
    }
}

/// What the calling thread (worker 0) alone uses: the preparation, its handle and its
/// scanner. Other threads open their own handle with `reopen`, which only reads what the
/// handle was opened with.
private final class CallingThreadOnly: @unchecked Sendable {
    /// Taken (and so released) by its one call: the closure must not outlive
    /// `withoutActuallyEscaping`.
    private var prepare: (() throws -> FileScanner.Prepared)?
    let repository: Repository
    var prepared: FileScanner.Prepared?
    var notesBefore = 0

    init(prepare: @escaping () throws -> FileScanner.Prepared, repository: Repository) {
        self.prepare = prepare
        self.repository = repository
    }

    func takePreparation() -> () throws -> FileScanner.Prepared {
        defer { prepare = nil }
        return prepare!
    }

    func reopen() throws -> Repository { try repository.reopen() }
}
