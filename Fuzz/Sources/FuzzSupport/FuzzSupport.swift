import PhiguardCore
#if canImport(Glibc)
import Glibc
#endif

/// What the fuzz targets share: where the packs are, how an input is cut into parts, and
/// how a broken invariant becomes a crash libFuzzer records (with the input that caused it).
public enum FuzzSupport {
    /// The main package's root, from this file's place in it (Fuzz/Sources/FuzzSupport/).
    public static let repositoryRoot: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)
        return parts.joined(separator: "/")
    }()

    /// The test suite's small, stable fixture pack.
    public static func fixturePack() -> RulePack {
        let directory = repositoryRoot + "/Tests/PhiguardCoreTests/Fixtures/rules"
        do {
            return try RulePack.builtIn(directory: directory)
        } catch {
            fail("cannot load the fixture pack at \(directory): \(error)")
        }
    }

    /// The built-in pack as shipped (the resource bundle beside the fuzz executable), or the
    /// source folder when the bundle is missing. `PHIGUARD_FUZZ_RULES` names another folder.
    public static func builtInPack() -> RulePack {
        if let directory = getenv("PHIGUARD_FUZZ_RULES").map({ String(cString: $0) }) {
            do { return try RulePack.builtIn(directory: directory) } catch { fail("PHIGUARD_FUZZ_RULES: \(error)") }
        }
        if let pack = try? RulePack.builtIn() { return pack }
        let directory = repositoryRoot + "/Sources/PhiguardRules/rules"
        do {
            return try RulePack.builtIn(directory: directory)
        } catch {
            fail("cannot load the built-in pack from \(directory): \(error)")
        }
    }

    /// A broken invariant: print it and abort, so libFuzzer keeps the input as a crash.
    public static func fail(_ message: String) -> Never {
        let text = "phiguard-fuzz: invariant violated: \(message)\n"
        _ = text.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        abort()
    }

    /// A fresh private directory under $TMPDIR (or /tmp), made once per process.
    public static func scratchDirectory(_ name: String) -> String {
        let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
        var template = Array("\(base)/phiguard-fuzz-\(name)-XXXXXX".utf8CString)
        guard let made = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            fail("mkdtemp failed in \(base)")
        }
        return String(cString: made)
    }

    /// Writes `bytes` to `path`, replacing it; nil path components must exist.
    public static func writeFile(_ path: String, _ bytes: [UInt8]) {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { fail("cannot write \(path)") }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            guard written > 0 else { fail("short write to \(path)") }
            offset += written
        }
    }

    public static func remove(_ path: String) { unlink(path) }
}

/// Reads an input as a few control bytes followed by the payload, so one input can choose
/// a file name, a mode or a split point without a second corpus.
public struct FuzzInput {
    public let bytes: [UInt8]
    private var cursor = 0

    public init(_ data: UnsafePointer<UInt8>, _ size: Int) {
        bytes = Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The next control byte (0 once the input is used up).
    public mutating func byte() -> UInt8 {
        guard cursor < bytes.count else { return 0 }
        defer { cursor += 1 }
        return bytes[cursor]
    }

    /// Everything not yet consumed.
    public var rest: [UInt8] { cursor < bytes.count ? Array(bytes[cursor...]) : [] }

    /// The whole input split at the first `separator` (the payload after the control bytes).
    public func split(at separator: UInt8) -> ([UInt8], [UInt8]) {
        let payload = rest
        guard let index = payload.firstIndex(of: separator) else { return (payload, []) }
        return (Array(payload[..<index]), Array(payload[(index + 1)...]))
    }
}

/// The number of lines an engine sees in `bytes` (a last line without a newline counts).
public func lineCount(_ bytes: [UInt8]) -> Int {
    guard !bytes.isEmpty else { return 0 }
    let newlines = bytes.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    return bytes.last == 0x0A ? newlines : newlines + 1
}

/// Checks that hold for every finding whatever the input: a real position, a rule id,
/// a bounded one-line snippet.
public func checkFinding(_ finding: Finding, lines: Int, path: String) {
    if finding.file != path { FuzzSupport.fail("finding for \(finding.file), scanned \(path)") }
    if finding.line < 1 || (lines > 0 && finding.line > lines) {
        FuzzSupport.fail("\(finding.ruleID): line \(finding.line) outside 1...\(lines)")
    }
    if finding.column < 1 { FuzzSupport.fail("\(finding.ruleID): column \(finding.column)") }
    if finding.ruleID.isEmpty { FuzzSupport.fail("finding without a rule id") }
    if finding.snippet.contains("\n") { FuzzSupport.fail("\(finding.ruleID): snippet spans lines") }
    if finding.snippet.count > 200 { FuzzSupport.fail("\(finding.ruleID): snippet of \(finding.snippet.count) characters") }
    if finding.fingerprint.utf8.count != 64 || !finding.fingerprint.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }) {
        FuzzSupport.fail("\(finding.ruleID): fingerprint '\(finding.fingerprint)' is not 64 lower-case hex digits")
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// SwiftPM links an executable target with `main` defined as `<Target>_main` (so tests can
/// link executables), which would hide libFuzzer's own `main`. Each target therefore
/// defines `<Target>_main` and hands control to libFuzzer's driver with its callback.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                      _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments, callback)
}

/// Known bugs, reported to the lead with a regression test: the targets skip inputs that
/// would only find them again, until the fix lands (then the skip goes, so the fix is
/// fuzzed). PHIGUARD_FUZZ_KNOWN=1 fuzzes without the skips. The configuration target has
/// none: the toml++ aborts it found (77628ce, 0493ddc, 0999776 and the two after) ended
/// when TOMLKit was replaced by our own TOML reader, TOMLParser.
public enum KnownBugs {
    public static let skip = getenv("PHIGUARD_FUZZ_KNOWN") == nil
}
