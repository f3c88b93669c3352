import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Runs one body on several threads at once, the calling thread being one of them, and
/// returns when every thread has finished. The body is told its worker number (0 for the
/// calling thread) and pulls its own work (an atomic index), so uneven items balance out;
/// a body that fails records its error for the caller.
enum WorkerThreads {
    /// - Parameter spare: a thread started earlier (`Spare`), used as worker 1.
    static func run(_ count: Int, spare: Spare? = nil, _ body: @escaping @Sendable (Int) -> Void) throws {
        var threads: [pthread_t] = []
        // Threads that did start are always joined, even when a later one cannot start.
        defer { for thread in threads { pthread_join(thread, nil) } }
        var first = 1
        if let spare, count > 1 {
            spare.start { body(1) }
            threads.append(spare.thread)
            first = 2
        } else {
            spare?.release()
        }
        for worker in first..<max(first, count) {
            threads.append(try start { body(worker) })
        }
        body(0)
    }

    private static func start(_ body: @escaping @Sendable () -> Void) throws -> pthread_t {
        try start(WorkBox(body)) { raw in
            Unmanaged<WorkBox>.fromOpaque(raw!).takeRetainedValue().body()
            return nil
        }
    }

    /// A thread running `entry` with `box`, retained once for it (the entry releases it).
    private static func start<Box: AnyObject>(_ box: Box, entry: @convention(c) (UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer?) throws -> pthread_t {
        let retained = Unmanaged.passRetained(box).toOpaque()
        var thread = pthread_t()
        guard pthread_create(&thread, nil, entry, retained) == 0 else {
            Unmanaged<Box>.fromOpaque(retained).release()
            throw PhiguardError.internalInconsistency("cannot start a scan thread")
        }
        return thread
    }

    /// A thread started before it is known whether there is work for it. On the 2-vCPU
    /// machines we measure, a new thread first runs 3 ms (mean; worst 5 ms) after
    /// `pthread_create` while the creating thread is busy: the idle virtual CPU has to be
    /// woken. A staged scan starts one of these before reading the index, so that the wake
    /// overlaps the index walk and the thread is running when a large change hands it work.
    /// Unused, it is released and ends on its own; the hook exits without waiting for it.
    ///
    /// Unused, it also frees nothing: a thread's first `free` makes glibc set up a malloc
    /// arena for it (a 128 MB reservation trimmed by two munmaps, and an mprotect), whose
    /// TLB shootdowns interrupt the calling thread: 0.1–0.25 ms of a small commit. So the
    /// thread's reference to the handover is left unreleased then (one small object per
    /// staged scan, in a process that ends right after it).
    final class Spare: Sendable {
        fileprivate let thread: pthread_t
        private let work: Handover<@Sendable () -> Void>
        /// Whether the thread has been given work or released (at most one of the two).
        private let settled = Atomic<Bool>(false)

        init?() {
            let work = Handover<@Sendable () -> Void>()
            guard let thread = try? WorkerThreads.start(work, entry: { raw in
                let handover = Unmanaged<Handover<@Sendable () -> Void>>.fromOpaque(raw!)
                // Borrowed, not taken: no release (and no free) unless there is work.
                guard let job = handover.takeUnretainedValue().wait() else { return nil }
                job()
                handover.release()
                return nil
            }) else { return nil }
            self.thread = thread
            self.work = work
        }

        /// Runs `body` on the spare thread; the caller then joins `thread`.
        fileprivate func start(_ body: @escaping @Sendable () -> Void) {
            precondition(!settled.exchange(true, ordering: .acquiringAndReleasing), "a spare thread is used once")
            work.publish(body)
        }

        /// No work, if none was given: the thread ends as soon as it runs. Nobody joins it
        /// (a hook does not wait for a thread that may not have been scheduled yet), so it
        /// is detached. Once given work, this does nothing.
        func release() {
            guard !settled.exchange(true, ordering: .acquiringAndReleasing) else { return }
            work.abandon()
            pthread_detach(thread)
        }
    }

    /// Cores this process may use.
    static var available: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// Carries a worker's body through `pthread_create`'s untyped argument.
private final class WorkBox: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}

/// A value one thread hands to the others once, or never (`abandon`): waiting threads then
/// get nil. Waiting polls every 100 µs: it lasts milliseconds at most (a spare thread
/// before the index is read, a thread that has read every file before the rules are
/// loaded), and keeps that thread's CPU awake meanwhile.
final class Handover<Value: Sendable>: Sendable {
    private let state = Mutex<(value: Value?, settled: Bool)>((nil, false))

    var value: Value? { state.withLock { $0.value } }

    func publish(_ value: Value) { state.withLock { $0 = (value, true) } }

    func abandon() { state.withLock { $0.settled = true } }

    func wait() -> Value? {
        while true {
            let (value, settled) = state.withLock { ($0.value, $0.settled) }
            if settled { return value }
            usleep(100)
        }
    }
}
