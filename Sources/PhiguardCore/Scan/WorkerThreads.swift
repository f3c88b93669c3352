#if canImport(Glibc)
import Glibc
#endif

/// Runs one body on several threads at once, the calling thread being one of them, and
/// returns when every thread has finished. The body is told its worker number (0 for the
/// calling thread) and pulls its own work (an atomic index), so uneven items balance out;
/// a body that fails records its error for the caller.
enum WorkerThreads {
    static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) throws {
        var threads: [pthread_t] = []
        // Threads that did start are always joined, even when a later one cannot start.
        defer { for thread in threads { pthread_join(thread, nil) } }
        for worker in 1..<max(1, count) {
            let box = Unmanaged.passRetained(WorkBox { body(worker) }).toOpaque()
            var thread = pthread_t()
            guard pthread_create(&thread, nil, { raw in
                Unmanaged<WorkBox>.fromOpaque(raw!).takeRetainedValue().body()
                return nil
            }, box) == 0 else {
                Unmanaged<WorkBox>.fromOpaque(box).release()
                throw PhiguardError.internalInconsistency("cannot start a scan thread")
            }
            threads.append(thread)
        }
        body(0)
    }

    /// Cores this process may use.
    static var available: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// Carries a worker's body through `pthread_create`'s untyped argument.
private final class WorkBox: Sendable {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
}
