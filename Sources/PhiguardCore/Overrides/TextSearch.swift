#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level substring search for the rare markers phiguard looks for.
enum TextSearch {
    static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// `memchr` (vectorised) to the next candidate first byte, then a comparison: this
    /// runs over every changed file.
    static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        return haystack.withUnsafeBytes { hay -> Int? in
            needle.withUnsafeBytes { pin -> Int? in
                guard let base = hay.baseAddress else { return nil }
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last {
                    guard let found = memchr(base + offset, Int32(first), last - offset + 1) else { return nil }
                    let at = UnsafeRawPointer(found) - base
                    if memcmp(base + at, pin.baseAddress!, pin.count) == 0 { return haystack.startIndex + at }
                    offset = at + 1
                }
                return nil
            }
        }
    }

    /// Whether `needle` starts at `start` in `bytes`, ignoring ASCII case. `needle` is
    /// lower-case: its letters match either case, every other byte only itself.
    static func matchesFoldingCase(_ needle: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start >= 0, needle.count <= bytes.count - start else { return false }
        for offset in needle.indices where ASCII.folded(bytes[start + offset]) != needle[offset] { return false }
        return true
    }

    /// Whether the lower-case `needle` occurs anywhere in `bytes`, ignoring ASCII case,
    /// without a lower-cased copy of the bytes.
    static func containsFoldingCase(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= bytes.count else { return false }
        for start in 0...(bytes.count - needle.count) where ASCII.folded(bytes[start]) == first {
            if matchesFoldingCase(needle, at: start, in: bytes) { return true }
        }
        return false
    }
}

/// ASCII case folding on bytes; every other byte is itself.
enum ASCII {
    static func folded(_ byte: UInt8) -> UInt8 { (byte >= 65 && byte <= 90) ? byte | 0x20 : byte }
}
