import CPCRE2
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Compiled PCRE2 code of the built-in pack, kept on disk beside the compiled pack and
/// under the same key, so a hook run decodes the patterns whose keywords hit instead of
/// compiling them (17M instructions for the 21 patterns a 10-file commit of real code
/// needed; decoding is a copy).
///
/// The file is written when the compiled pack is, from the same rules. Entries are found
/// by a hash of the pattern's source and its length, and each carries a checksum of its
/// bytes; PCRE2 itself refuses code from another PCRE2 version or build. Anything that does
/// not decode is compiled from source as before. Like the compiled pack, the file is
/// trusted as far as the user's own cache folder is: whoever can write there can also
/// replace the rules themselves.
enum PatternCache {
    static let formatVersion: UInt8 = 1

    /// Where the entry of one pattern lies in the mapped file.
    struct Entry {
        let file: ReadOnlyBytes
        let range: Range<Int>
        let checksum: UInt64
    }

    private struct Loaded {
        let file: ReadOnlyBytes
        let entries: [UInt64: (length: Int, range: Range<Int>, checksum: UInt64)]
    }

    /// The file to use, once `use(key:)` named one; mapped on the first lookup.
    private static let state = Mutex<(path: String?, loaded: Loaded?, tried: Bool)>((nil, nil, false))

    static func path(key: String) -> String? { CompiledPack.cacheDirectory().map { $0 + "/patterns-\(key).bin" } }

    /// Makes lookups use the patterns stored under `key` (the compiled pack's key).
    static func use(key: String) { use(path: path(key: key)) }

    /// Makes lookups use the file at `path` (nil: none), mapped on the first lookup.
    static func use(path: String?) {
        state.withLock { if $0.path != path || $0.loaded == nil { $0 = (path, nil, false) } }
    }

    /// The stored code for `source`, if there is one.
    static func entry(for source: String) -> Entry? {
        state.withLock { current -> Entry? in
            if !current.tried {
                current.tried = true
                current.loaded = current.path.flatMap(load)
            }
            guard let loaded = current.loaded,
                  let found = loaded.entries[hash(source.utf8)], found.length == source.utf8.count else { return nil }
            return Entry(file: loaded.file, range: found.range, checksum: found.checksum)
        }
    }

    /// Decoded PCRE2 code for an entry; nil when its bytes are damaged or PCRE2 refuses
    /// them (another version or build of the library).
    static func decode(_ entry: Entry) -> OpaquePointer? {
        let bytes = UnsafeRawBufferPointer(rebasing: entry.file.bytes[entry.range])
        guard checksum(bytes) == entry.checksum,
              pcre2_serialize_get_number_of_codes_8(bytes.baseAddress?.assumingMemoryBound(to: UInt8.self)) == 1 else { return nil }
        var code: OpaquePointer?
        let count = pcre2_serialize_decode_8(&code, 1, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), nil)
        return count == 1 ? code : nil
    }

    /// Compiles every pattern and `unless` of `rules` and writes them under `key`. Best
    /// effort, like every cache: a pattern that does not compile is left out (the rule
    /// loader reports it), and a write that fails costs only compiling next time.
    static func store(_ rules: [Rule], key: String) {
        guard let directory = CompiledPack.cacheDirectory(), let path = path(key: key) else { return }
        try? FileLock.createDirectory(directory)
        try? FileLock.replaceDurably(encode(rules), at: path, sync: false)
        CompiledPack.prune(directory: directory, prefix: "patterns-", keep: path)
        state.withLock { if $0.path == path { $0 = (path, nil, false) } }
    }

    /// The file's bytes: version byte padded to 8, entry count, then per entry the source's
    /// hash and length and the code's offset, size and checksum (8 bytes each), then the
    /// serialized codes, each starting 8-aligned.
    static func encode(_ rules: [Rule]) -> [UInt8] {
        var blobs: [(hash: UInt64, length: Int, bytes: [UInt8])] = []
        var seen = Set<UInt64>()
        for source in rules.flatMap({ [$0.pattern] + ($0.unless.map { [$0] } ?? []) }) {
            let hash = hash(source.utf8)
            guard seen.insert(hash).inserted, let code = try? Pattern.compile(source, owner: "") else { continue }
            defer { pcre2_code_free_8(code) }
            var codes: [OpaquePointer?] = [code]
            var serialized: UnsafeMutablePointer<UInt8>?
            var size = 0
            let count = codes.withUnsafeMutableBufferPointer { buffer in
                buffer.withMemoryRebound(to: OpaquePointer?.self) { rebound in
                    pcre2_serialize_encode_8(UnsafeMutablePointer(mutating: rebound.baseAddress), 1, &serialized, &size, nil)
                }
            }
            guard count == 1, let serialized else { continue }
            blobs.append((hash, source.utf8.count, Array(UnsafeBufferPointer(start: serialized, count: size))))
            pcre2_serialize_free_8(serialized)
        }
        var bytes: [UInt8] = [formatVersion]
        func pad() { while bytes.count % 8 != 0 { bytes.append(0) } }
        func int(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { bytes += $0 } }
        pad()
        int(UInt64(blobs.count))
        var offset = bytes.count + blobs.count * 40
        for blob in blobs {
            int(blob.hash); int(UInt64(blob.length)); int(UInt64(offset)); int(UInt64(blob.bytes.count))
            int(blob.bytes.withUnsafeBytes { checksum($0) })
            offset += (blob.bytes.count + 7) / 8 * 8
        }
        for blob in blobs {
            bytes += blob.bytes
            pad()
        }
        return bytes
    }

    /// The index of a stored file; nil for a missing, foreign or inconsistent one.
    private static func load(_ path: String) -> Loaded? {
        guard let file = ReadOnlyBytes(mapping: path, populate: false) else { return nil }
        let bytes = file.bytes
        func int(_ offset: Int) -> Int? {
            guard offset + 8 <= bytes.count else { return nil }
            return Int(exactly: UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
        }
        guard bytes.count >= 16, bytes[0] == formatVersion, let count = int(8), count <= (bytes.count - 16) / 40 else { return nil }
        var entries: [UInt64: (length: Int, range: Range<Int>, checksum: UInt64)] = [:]
        entries.reserveCapacity(count)
        for index in 0..<count {
            let at = 16 + 40 * index
            guard let length = int(at + 8), let start = int(at + 16), let size = int(at + 24),
                  start % 8 == 0, start <= bytes.count, size <= bytes.count - start else { return nil }
            let hash = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
            let sum = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at + 32, as: UInt64.self))
            entries[hash] = (length, start..<(start + size), sum)
        }
        return Loaded(file: file, entries: entries)
    }

    private static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 { CacheKey.fnv1a(bytes) }
    private static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 { CacheKey.fnv1a(bytes) }
}
