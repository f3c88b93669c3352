/// How this process asks glibc's allocator to behave, set once before anything allocates.
///
/// By default glibc serves every allocation over 128 KiB with a fresh mmap and returns
/// freed memory to the kernel, so each blob, patch and table buffer is page-faulted in
/// anew (about 2.5 µs a page on the machines we measure), and the threads of a range scan
/// grow and shrink their arenas one mprotect call at a time (4,219 calls in a 1,000-commit
/// scan). phiguard lives for milliseconds to seconds: it keeps what it freed instead.
enum MemoryPolicy {
    static func apply() {
        _ = mallopt(mmapThreshold, 64 << 20)
        _ = mallopt(trimThreshold, 256 << 20)
    }

    // <malloc.h>, which the Glibc module does not import.
    private static let trimThreshold: Int32 = -1   // M_TRIM_THRESHOLD
    private static let mmapThreshold: Int32 = -3   // M_MMAP_THRESHOLD
}

@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
