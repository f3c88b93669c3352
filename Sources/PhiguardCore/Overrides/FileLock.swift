#if canImport(Glibc)
import Glibc
#endif

/// Durable, locked file writes for phiguard's state under `.git/phiguard/`.
enum FileLock {
    /// Runs `body` holding an exclusive `flock` on `path`; waits up to `timeout` seconds,
    /// then fails with a message that names the lock (never waits forever in a hook).
    static func withExclusiveLock<T>(at path: String, timeout: Double, _ body: () throws -> T) throws -> T {
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PhiguardError.repository("cannot open lock \(path): \(FileSystem.lastError())") }
        defer { close(fd) }
        let deadline = monotonicSeconds() + timeout
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                throw PhiguardError.repository("cannot lock \(path): \(FileSystem.lastError())")
            }
            if monotonicSeconds() > deadline {
                throw PhiguardError.repository("timed out after \(Int(timeout)) s waiting for \(path) (another phiguard is writing); try again")
            }
            usleep(10_000)
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    static func appendDurably(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PhiguardError.repository("cannot write \(path): \(FileSystem.lastError())") }
        defer { close(fd) }
        try writeAll(fd, bytes, path: path)
        guard fsync(fd) == 0 else { throw PhiguardError.repository("cannot sync \(path): \(FileSystem.lastError())") }
    }

    /// Write to a temporary file, fsync, rename over `path`: readers see old or new, never half.
    /// `sync: false` skips the fsync for caches and hand-over files, where a crash only
    /// loses a speed-up and the cost (milliseconds per call) would land on every commit.
    static func replaceDurably(_ bytes: [UInt8], at path: String, sync: Bool = true) throws {
        let temporary = path + ".tmp.\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PhiguardError.repository("cannot write \(temporary): \(FileSystem.lastError())") }
        do {
            try writeAll(fd, bytes, path: temporary)
            guard !sync || fsync(fd) == 0 else { throw PhiguardError.repository("cannot sync \(temporary): \(FileSystem.lastError())") }
            close(fd)
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        guard Glibc.rename(temporary, path) == 0 else {
            let reason = FileSystem.lastError()
            unlink(temporary)
            throw PhiguardError.repository("cannot replace \(path): \(reason)")
        }
    }

    /// Moves `source` over `destination` (atomic on one file system).
    static func move(_ source: String, over destination: String) throws {
        guard Glibc.rename(source, destination) == 0 else {
            throw PhiguardError.repository("cannot replace \(destination): \(FileSystem.lastError())")
        }
    }

    static func createDirectory(_ path: String) throws {
        if FileSystem.isDirectory(path) { return }
        try createDirectory(FileSystem.parent(of: path))
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw PhiguardError.repository("cannot create \(path): \(FileSystem.lastError())")
        }
    }

    private static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw PhiguardError.repository("cannot write \(path): \(FileSystem.lastError())")
            }
            offset += written
        }
    }

    private static func monotonicSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Holds off SIGINT, SIGTERM and SIGHUP while a ledger write is under way, so Ctrl-C
/// lands after the entry is complete rather than in the middle of it.
enum SignalShield {
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        sigaddset(&blocked, SIGTERM)
        sigaddset(&blocked, SIGHUP)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        return try body()
    }
}
