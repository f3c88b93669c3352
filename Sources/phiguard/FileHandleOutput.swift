#if canImport(Glibc)
import Glibc
#endif

/// Unbuffered writes to stdout/stderr without Foundation, plus the terminal checks the
/// text reporter needs (colour only on a TTY, and never when NO_COLOR is set).
enum FileHandleOutput {
    case standardOutput, standardError

    private var descriptor: Int32 { self == .standardOutput ? 1 : 2 }

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 { if errno == EINTR { continue } else { return } }
            bytes = bytes.dropFirst(written)
        }
    }

    var isTerminal: Bool { isatty(descriptor) == 1 }

    var wantsColor: Bool {
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        return isTerminal && getenv("NO_COLOR") == nil && term != "dumb"
    }
}

/// Environment variables, read without Foundation.
enum Environment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}
