/// A rule's word list (keywords, context words): strings, or their place in the mapped
/// compiled pack, decoded when read.
///
/// A hook run needs the lists only as the key of the cached keyword and context-word
/// automata, which hashes their bytes, and decodes the context words of the few rules
/// that match. Decoding all of them when the pack was loaded made 2,400 strings on every
/// staged scan (0.9M of the 2.2M instructions the pack took to load).
struct RuleWords: Sendable {
    private enum Storage: Sendable {
        case strings([String])
        /// The list as `CompiledPack.Writer.strings` stores it, already bounds-checked.
        case mapped(ReadOnlyBytes, Range<Int>, count: Int)
    }

    private let storage: Storage

    init(_ strings: [String]) { storage = .strings(strings) }

    /// `count` words at `range` of `file`, each an 8-byte little-endian length and its
    /// UTF-8 bytes; the caller has checked that they fill the range exactly.
    init(mapped file: ReadOnlyBytes, range: Range<Int>, count: Int) { storage = .mapped(file, range, count: count) }

    var isEmpty: Bool {
        switch storage {
        case let .strings(strings): return strings.isEmpty
        case let .mapped(_, _, count): return count == 0
        }
    }

    var strings: [String] {
        switch storage {
        case let .strings(strings):
            return strings
        case .mapped:
            var words: [String] = []
            forEachWord { words.append(String(decoding: $0, as: UTF8.self)) }
            return words
        }
    }

    /// Each word's UTF-8 bytes and a 0 byte, the same for a list of either kind.
    func mix(into key: inout CacheKey) {
        forEachWord { word in
            key.mix(word)
            key.mix(byte: 0)
        }
    }

    private func forEachWord(_ body: (UnsafeRawBufferPointer) -> Void) {
        switch storage {
        case let .strings(strings):
            for var string in strings { string.withUTF8 { body(UnsafeRawBufferPointer($0)) } }
        case let .mapped(file, range, count):
            var offset = range.lowerBound
            for _ in 0..<count {
                let length = Int(Int64(littleEndian: file.bytes.loadUnaligned(fromByteOffset: offset, as: Int64.self)))
                body(UnsafeRawBufferPointer(rebasing: file.bytes[(offset + 8)..<(offset + 8 + length)]))
                offset += 8 + length
            }
        }
    }
}
