#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Read-only bytes that outlive the call that produced them, 16-byte aligned so typed
/// tables can be read in place: a file mapped into memory, or a heap copy.
///
/// A mapped cache file costs neither a read into a buffer nor a copy into typed arrays,
/// each of which page-faults the whole size in: for the 1.5 MB keyword automaton that was
/// a quarter of a typical hook run's page faults.
final class ReadOnlyBytes: @unchecked Sendable {
    // @unchecked: the memory is never written after init and is released only in deinit.
    let bytes: UnsafeRawBufferPointer
    private let isMapped: Bool

    init(copying source: UnsafeRawBufferPointer) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(source.count, 1), alignment: 16)
        if source.count > 0 { memory.copyMemory(from: source) }
        bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<source.count])
        isMapped = false
    }

    /// The regular file at `path`, mapped read-only. With `populate`, every page is mapped
    /// in one call (MAP_POPULATE: no trap per page), for a file that is read whole; without
    /// it, only the pages touched are. nil for a missing, empty or irregular file, or any
    /// failure: callers treat that as "not cached".
    init?(mapping path: String, populate: Bool = true) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0,
              let size = Int(exactly: info.st_size) else { return nil }
        #if canImport(Glibc)
        let flags = populate ? MAP_PRIVATE | MAP_POPULATE : MAP_PRIVATE
        #else
        let flags = MAP_PRIVATE
        #endif
        guard let address = mmap(nil, size, PROT_READ, flags, fd, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
        isMapped = true
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
        } else {
            UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
        }
    }
}
