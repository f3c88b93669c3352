import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Building the keyword automaton of the full pack (≈6,000 states) was the largest single
/// cost of a hook run in the profile, and a range scan built it once per worker. Its
/// tables depend only on the keyword lists, so they are built once per process and kept
/// on disk beside the compiled pack, keyed by a hash of those lists; a file that does not
/// read back as consistent tables is ignored and rebuilt.
enum PrefilterCache {
    static let formatVersion: UInt8 = 1
    /// Transition-table entries below which the automaton is rebuilt rather than stored.
    static let minimumStored = 64 * 1024
    private static let built = Mutex<[String: Prefilter]>([:])

    static func prefilter(keywordsByRule: [[String]]) -> Prefilter {
        let key = key(keywordsByRule)
        if let known = built.withLock({ $0[key] }) { return known }
        let path = CompiledPack.cacheDirectory().map { $0 + "/prefilter-\(key).bin" }
        let prefilter: Prefilter
        if let path, let bytes = try? FileSystem.readFile(path), let stored = decode(bytes, ruleCount: keywordsByRule.count) {
            prefilter = stored
        } else {
            prefilter = Prefilter(keywordsByRule: keywordsByRule)
            // Small automata (a repository's few extra rules, test packs) build in
            // microseconds and are not worth a file; the built-in pack's is.
            if let path, let directory = CompiledPack.cacheDirectory(), prefilter.tables.transitions.count >= minimumStored {
                // Best effort: a read-only home only costs the build next time.
                try? FileLock.createDirectory(directory)
                try? FileLock.replaceDurably(encode(prefilter), at: path, sync: false)
                CompiledPack.prune(directory: directory, prefix: "prefilter-", keep: path)
            }
        }
        built.withLock { $0[key] = prefilter }
        return prefilter
    }

    /// A key over every rule's keywords, in order (see `CacheKey`).
    static func key(_ keywordsByRule: [[String]]) -> String {
        var key = CacheKey(format: formatVersion)
        for keywords in keywordsByRule {
            for keyword in keywords {
                key.mix(keyword.utf8)
                key.mix([0])
            }
            key.mix([0xFF])
        }
        return key.text
    }

    static func encode(_ prefilter: Prefilter) -> [UInt8] {
        let tables = prefilter.tables
        var bytes: [UInt8] = [formatVersion]
        func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
        func int32s(_ values: [Int32]) {
            int(values.count)
            values.withUnsafeBytes { bytes += $0 }
        }
        int(prefilter.ruleCount)
        int(tables.classCount)
        bytes += tables.byteClass
        int32s(tables.transitions)
        int32s(tables.outputStart)
        int32s(tables.outputList)
        int32s(prefilter.unconditional.map { Int32($0) })
        return bytes
    }

    /// nil for anything but a complete, consistent file for `ruleCount` rules.
    static func decode(_ bytes: [UInt8], ruleCount: Int) -> Prefilter? {
        var offset = 1
        guard bytes.first == formatVersion else { return nil }
        func int() -> Int? {
            guard offset + 8 <= bytes.count else { return nil }
            var value: UInt64 = 0
            for index in (0..<8).reversed() { value = value << 8 | UInt64(bytes[offset + index]) }
            offset += 8
            return Int(exactly: Int64(bitPattern: value))
        }
        func int32s() -> [Int32]? {
            guard let count = int(), count >= 0, count <= (bytes.count - offset) / 4 else { return nil }
            // Stored little-endian, which is what phiguard's platforms are: one copy.
            var values = [Int32](repeating: 0, count: count)
            values.withUnsafeMutableBytes { target in
                bytes.withUnsafeBytes { source in
                    if count > 0 { target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<(offset + 4 * count)])) }
                }
            }
            offset += 4 * count
            return values
        }
        guard let storedRuleCount = int(), storedRuleCount == ruleCount, let classCount = int(),
              offset + 256 <= bytes.count else { return nil }
        let byteClass = Array(bytes[offset..<(offset + 256)])
        offset += 256
        guard let transitions = int32s(), let outputStart = int32s(), let outputList = int32s(),
              let unconditional = int32s(), offset == bytes.count else { return nil }
        return Prefilter(byteClass: byteClass, classCount: classCount, transitions: transitions, outputStart: outputStart,
                         outputList: outputList, unconditional: unconditional.map { Int($0) }, ruleCount: ruleCount)
    }
}
