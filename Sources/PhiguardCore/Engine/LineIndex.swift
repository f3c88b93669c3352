#if canImport(Glibc)
import Glibc
#endif

/// Byte offsets of line starts in a file, so that a match's byte offset becomes a line and
/// column without splitting the file into strings.
struct LineIndex {
    /// starts[i] is the byte offset of line i+1; one extra entry holds the file's length.
    private(set) var starts: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var starts = [0]
        starts.reserveCapacity(bytes.count / 32 + 2)
        // memchr: the C library's vectorised search, several times faster than a byte loop
        // on the whole blobs a range scan indexes.
        if let base = bytes.baseAddress {
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 0x0A, bytes.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
        if starts.last != bytes.count || bytes.isEmpty { starts.append(bytes.count) }
        self.starts = starts
    }

    /// Number of lines (a final line without a newline counts).
    var count: Int { starts.count - 1 }

    /// 1-based line containing byte `offset`.
    func line(containing offset: Int) -> Int {
        var low = 0, high = starts.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// Byte range of 1-based `line`, including its line break.
    func range(of line: Int) -> Range<Int> { starts[line - 1]..<starts[line] }

    /// Byte range of `line` without the trailing `\n` or `\r\n`.
    func content(of line: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        var end = starts[line]
        let start = starts[line - 1]
        if end > start && bytes[end - 1] == 0x0A { end -= 1 }
        if end > start && bytes[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Bytes spanning lines `first...last`, clamped to the file.
    func range(lines first: Int, through last: Int) -> Range<Int> {
        let a = max(1, first), b = min(count, last)
        guard a <= b else { return starts[0]..<starts[0] }
        return starts[a - 1]..<starts[b]
    }
}
