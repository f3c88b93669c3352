import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// `--progress`: one self-overwriting line on stderr with commits done, total and rate.
/// Workers call it concurrently; the lock keeps the line whole.
enum ProgressLine {
    private static let state = Mutex<(started: Double, shown: Bool)>((0, false))

    @Sendable static func report(done: Int, total: Int) {
        let now = seconds()
        state.withLock { state in
            if state.started == 0 { state.started = now }
            guard done == total || done % 25 == 0 else { return }
            let rate = Double(done) / max(now - state.started, 0.001)
            FileHandleOutput.standardError.write("\rphiguard: \(done)/\(total) commits, \(Int(rate)) commits/s   ")
            state.shown = true
        }
    }

    static func finish() {
        if state.withLock({ $0.shown }) { FileHandleOutput.standardError.write("\n") }
    }

    private static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// Standard input as bytes, without Foundation.
enum StandardInput {
    static func readAll() -> [UInt8] {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { break }
            bytes += chunk[0..<count]
        }
        return bytes
    }
}
