#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file operations phiguard needs, on plain POSIX calls: no Foundation on the
/// hook's start-up path, and errors that say which file and why.
enum FileSystem {
    /// The whole file, or nil when it does not exist. Other failures throw.
    static func readFile(_ path: String) throws -> [UInt8]? {
        // O_NONBLOCK: a FIFO planted where a file is expected must not hang the hook.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw PhiguardError.configuration(path: path, reason: "cannot read: \(lastError())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw PhiguardError.configuration(path: path, reason: "cannot read: \(lastError())")
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw PhiguardError.configuration(path: path, reason: "is a directory, expected a file")
        }
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw PhiguardError.configuration(path: path, reason: "is not a regular file (a pipe, socket or device)")
        }
        // Read straight into the array's storage, one byte more than the file's size so
        // that the end shows in the same pass (no zeroed 64 KB chunk per file: 16 fresh
        // pages on every hook run). A file that grew meanwhile is read again, whole.
        var capacity = max(0, Int(info.st_size)) + 1
        while true {
            let bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
                count = 0
                while count < buffer.count {
                    let got = read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if got < 0 {
                        if errno == EINTR { continue }
                        throw PhiguardError.configuration(path: path, reason: "cannot read: \(lastError())")
                    }
                    if got == 0 { return }
                    count += got
                }
            }
            if bytes.count < capacity { return bytes }
            capacity *= 2
            guard lseek(fd, 0, SEEK_SET) == 0 else {
                throw PhiguardError.configuration(path: path, reason: "cannot read: \(lastError())")
            }
        }
    }

    /// Names of the entries in a directory (no `.`/`..`), or nil when it does not exist.
    static func listDirectory(_ path: String) -> [String]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// The canonical absolute path, links resolved.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The directory holding the running executable, links resolved (so a symlink in
    /// `~/.local/bin` leads to the real install folder with the rule pack beside it).
    static func executableDirectory() -> String? {
        #if os(Linux)
        guard let exe = realPath("/proc/self/exe") else { return nil }
        #else
        guard let first = CommandLine.arguments.first, let exe = realPath(first) else { return nil }
        #endif
        return parent(of: exe)
    }

    static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func lastError() -> String { String(cString: strerror(errno)) }
}
