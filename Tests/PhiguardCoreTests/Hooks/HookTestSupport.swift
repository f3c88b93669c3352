import Foundation

/// A temporary directory for one hook test, removed when the test lets go of it.
final class HookSandbox {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/phiguard-hooks-XXXXXX").utf8CString)
        guard let created = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
            throw HookTestError("mkdtemp failed: \(String(cString: strerror(errno)))")
        }
        path = URL(fileURLWithPath: String(cString: created)).resolvingSymlinksInPath().path
    }

    deinit {
        // Make every directory writable again (a test may have made one read-only), then
        // remove everything. Only real directories: chmod would follow a symlink out.
        chmod(path, 0o755)
        if let walker = FileManager.default.enumerator(atPath: path) {
            for case let relative as String in walker {
                var info = stat()
                let entry = path + "/" + relative
                if lstat(entry, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR { chmod(entry, 0o755) }
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ text: String, to relative: String, mode: mode_t = 0o644) throws -> String {
        let file = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        // O_CLOEXEC: a script another test thread's fork inherits open for writing cannot
        // be executed until that child execs (ETXTBSY, exit 126 — seen under load).
        let fd = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw HookTestError("cannot write \(file): errno \(errno)") }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { throw HookTestError("short write to \(file)") }
        chmod(file, mode)
        return file
    }
}

struct HookTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func hookFileBytes(_ path: String) throws -> [UInt8] {
    [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
}

func hookFileText(_ path: String) throws -> String {
    String(decoding: try hookFileBytes(path), as: UTF8.self)
}

func hookFileMode(_ path: String) -> mode_t? {
    var info = stat()
    return lstat(path, &info) == 0 ? info.st_mode & 0o7777 : nil
}

func hookFileInode(_ path: String) -> UInt64? {
    var info = stat()
    return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
}

func hookDirectoryEntries(_ path: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
}

struct HookProcessResult {
    let status: Int32
    let stdout: String
    let stderr: String
}

/// Runs a program with exactly `environment` (nothing inherited) and returns its outputs.
func runHookProcess(_ executable: String, _ arguments: [String], in directory: String,
                    environment: [String: String], input: String = "") throws -> HookProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: directory)
    process.environment = environment
    // Outputs go to files, so a chatty child can never block on a full pipe.
    let outputs = try HookSandbox()
    let outPath = outputs.path + "/stdout", errPath = outputs.path + "/stderr", inPath = outputs.path + "/stdin"
    for (file, contents) in [(outPath, Data()), (errPath, Data()), (inPath, Data(input.utf8))] {
        guard FileManager.default.createFile(atPath: file, contents: contents) else {
            throw HookTestError("cannot create \(file)")
        }
    }
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
    let inp = try FileHandle(forReadingFrom: URL(fileURLWithPath: inPath))
    defer { try? out.close(); try? err.close(); try? inp.close() }
    process.standardOutput = out
    process.standardError = err
    process.standardInput = inp
    try process.run()
    process.waitUntilExit()
    return HookProcessResult(status: process.terminationStatus,
                             stdout: try hookFileText(outPath), stderr: try hookFileText(errPath))
}
