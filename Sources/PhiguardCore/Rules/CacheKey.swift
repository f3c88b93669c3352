/// The name of a cache file: a 64-bit FNV-1a over phiguard's version, the file format and
/// whatever the cached content is derived from. Cheap, and it only guards against
/// staleness: a cache is a speed-up, never an authority, and what it holds is validated
/// when read.
struct CacheKey {
    private var hash = CacheKey.offsetBasis

    init(format: UInt8) {
        mix(PhiguardVersion.current.utf8)
        mix([format])
    }

    mutating func mix(_ bytes: some Sequence<UInt8>) { hash = CacheKey.fnv1a(bytes, from: hash) }

    mutating func mix(_ value: Int64) { withUnsafeBytes(of: value.littleEndian) { mix($0) } }

    var text: String { String(hash, radix: 16) }

    /// 64-bit FNV-1a of `bytes`, continuing from `start`; also the checksum of cached entries.
    static func fnv1a(_ bytes: some Sequence<UInt8>, from start: UInt64 = offsetBasis) -> UInt64 {
        var hash = start
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
}
