/// The name of a cache file: a 64-bit FNV-1a over phiguard's version, the file format and
/// whatever the cached content is derived from. Cheap, and it only guards against
/// staleness: a cache is a speed-up, never an authority, and what it holds is validated
/// when read.
struct CacheKey {
    private var hash = CacheKey.offsetBasis

    init(format: UInt8) {
        mix(PhiguardVersion.current.utf8)
        mix(byte: format)
    }

    mutating func mix(_ bytes: some Sequence<UInt8>) { hash = CacheKey.fnv1a(bytes, from: hash) }

    mutating func mix(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { mix($0) } }

    /// One byte (a separator): `mix([byte])` would allocate an array each time.
    mutating func mix(byte: UInt8) { hash = (hash ^ UInt64(byte)) &* CacheKey.prime }

    var text: String { String(hash, radix: 16) }

    /// 64-bit FNV-1a of `bytes`, continuing from `start`; also the checksum of cached entries.
    static func fnv1a(_ bytes: some Sequence<UInt8>, from start: UInt64 = offsetBasis) -> UInt64 {
        // Over contiguous storage when there is one: a String's UTF-8 view, stepped through
        // as a sequence, costs several times the hash itself (the prefilter's key covers
        // every keyword of the pack on every run).
        if let hash = bytes.withContiguousStorageIfAvailable({ fnv1a(buffer: $0, from: start) }) { return hash }
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    private static func fnv1a(buffer: UnsafeBufferPointer<UInt8>, from start: UInt64) -> UInt64 {
        var hash = start
        for byte in buffer { hash = (hash ^ UInt64(byte)) &* prime }
        return hash
    }

    private static let prime: UInt64 = 0x0000_0100_0000_01b3

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
}
