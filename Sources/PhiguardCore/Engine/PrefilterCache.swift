import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Building the keyword automaton of the full pack (≈6,000 states) was the largest single
/// cost of a hook run in the profile, and a range scan built it once per worker. Its
/// tables depend only on the keyword lists, so they are built once per process and kept
/// on disk beside the compiled pack, keyed by a hash of those lists; a file that does not
/// read back as consistent tables is ignored and rebuilt. The engine's context gate is a
/// second automaton (of the rules' context words), stored the same way in a file of its
/// own kind.
enum PrefilterCache {
    static let formatVersion: UInt8 = 2
    /// Transition-table entries below which the automaton is rebuilt rather than stored:
    /// the context words' automaton (785 states, 29,000 entries) took 5.9M instructions
    /// to build, more than a tiny commit's whole scan.
    static let minimumStored = 4 * 1024
    private static let built = Mutex<[String: Prefilter]>([:])

    /// What an automaton is of; its cache files are named after it.
    enum Kind: String {
        case keywords = "prefilter"
        case contextWords = "context"
    }

    /// The automaton of these word lists (one per rule), decoded from them only when it
    /// has to be built.
    static func prefilter(words: [RuleWords], kind: Kind = .keywords) -> Prefilter {
        let key = key(words)
        if let known = built.withLock({ $0[key] }) { return known }
        let path = CompiledPack.cacheDirectory().map { $0 + "/\(kind.rawValue)-\(key).bin" }
        let prefilter: Prefilter
        // Not populated: a scan reads only the rows of the states it visits.
        if let path, let mapped = ReadOnlyBytes(mapping: path, populate: false), let stored = decode(mapped, ruleCount: words.count) {
            prefilter = stored
        } else {
            prefilter = Prefilter(keywordsByRule: words.map(\.strings))
            // Small automata (test packs) build in microseconds and are not worth a file;
            // the built-in pack's are.
            if let path, let directory = CompiledPack.cacheDirectory(), prefilter.stored.tables.transitions.count >= minimumStored {
                // Best effort: a read-only home only costs the build next time.
                try? FileLock.createDirectory(directory)
                try? FileLock.replaceDurably(encode(prefilter), at: path, sync: false)
                CompiledPack.prune(directory: directory, prefix: kind.rawValue + "-", keep: path)
            }
        }
        built.withLock { $0[key] = prefilter }
        return prefilter
    }

    /// A key over every rule's keywords, in order (see `CacheKey`).
    static func key(_ keywordsByRule: [[String]]) -> String { key(keywordsByRule.map(RuleWords.init)) }

    static func key(_ words: [RuleWords]) -> String {
        var key = CacheKey(format: formatVersion)
        for list in words {
            list.mix(into: &key)
            key.mix(byte: 0xFF)
        }
        return key.text
    }

    /// Version 2 layout, little-endian: the version byte padded to 8; rule count and class
    /// count (8 bytes each); the 256-byte class map; then each table as an 8-byte count and
    /// its 4-byte entries padded to 8, so every table starts 4-aligned in a mapped file and
    /// is read where it lies (a page-aligned mapping keeps the file's alignment).
    static func encode(_ prefilter: Prefilter) -> [UInt8] {
        let stored = prefilter.stored
        var bytes: [UInt8] = [formatVersion]
        func pad() { while bytes.count % 8 != 0 { bytes.append(0) } }
        func int(_ value: Int) { withUnsafeBytes(of: Int64(value).littleEndian) { bytes += $0 } }
        func int32s(_ values: UnsafeBufferPointer<Int32>) {
            int(values.count)
            bytes += UnsafeRawBufferPointer(values)
            pad()
        }
        pad()
        int(prefilter.ruleCount)
        int(stored.classCount)
        bytes += stored.byteClass
        int32s(stored.tables.transitions)
        int32s(stored.tables.outputStart)
        int32s(stored.tables.outputList)
        prefilter.unconditional.map { Int32($0) }.withUnsafeBufferPointer { int32s($0) }
        return bytes
    }

    /// nil for anything but a complete, consistent file for `ruleCount` rules.
    static func decode(_ bytes: [UInt8], ruleCount: Int) -> Prefilter? {
        decode(bytes.withUnsafeBytes { ReadOnlyBytes(copying: $0) }, ruleCount: ruleCount)
    }

    /// nil for anything but a complete, consistent file for `ruleCount` rules. The tables
    /// stay in `file`'s memory.
    static func decode(_ file: ReadOnlyBytes, ruleCount: Int) -> Prefilter? {
        let bytes = file.bytes
        guard bytes.count >= 8, bytes[0] == formatVersion else { return nil }
        var offset = 8
        func int() -> Int? {
            guard offset + 8 <= bytes.count else { return nil }
            let value = Int64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self))
            offset += 8
            return Int(exactly: value)
        }
        /// The byte range of the next table, which must end at or before the file's end.
        func table() -> Range<Int>? {
            guard let count = int(), count >= 0, count <= (bytes.count - offset) / 4 else { return nil }
            let range = offset..<(offset + 4 * count)
            offset = (range.upperBound + 7) / 8 * 8
            return offset <= bytes.count ? range : nil
        }
        guard let storedRuleCount = int(), storedRuleCount == ruleCount, let classCount = int(),
              offset + 256 <= bytes.count else { return nil }
        let byteClass = Array(bytes[offset..<(offset + 256)])
        offset += 256
        guard let transitions = table(), let outputStart = table(), let outputList = table(),
              let unconditionalRange = table(), offset == bytes.count else { return nil }
        let tables = Prefilter.Tables(owner: file, transitions: transitions, outputStart: outputStart, outputList: outputList)
        let unconditional = (0..<(unconditionalRange.count / 4)).map {
            Int(Int32(littleEndian: bytes.loadUnaligned(fromByteOffset: unconditionalRange.lowerBound + 4 * $0, as: Int32.self)))
        }
        return Prefilter(byteClass: byteClass, classCount: classCount, tables: tables, unconditional: unconditional,
                         ruleCount: ruleCount)
    }
}
