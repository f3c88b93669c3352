/// A rule's longer text (message, HIPAA section, remediation, patterns): a string, or
/// its place in the mapped compiled pack, decoded each time it is read.
///
/// A hook run reads the message of the few rules that fire and the patterns of the rules
/// whose keywords occur. Decoding every rule's text when the pack was loaded put half a
/// megabyte of strings on the heap, about 130 page faults of every staged scan.
struct RuleText: Sendable {
    private enum Storage: Sendable {
        case string(String)
        case mapped(ReadOnlyBytes, Range<Int>)
    }

    private let storage: Storage

    init(_ string: String) { storage = .string(string) }

    /// UTF-8 bytes of `file`, which the caller has bounds-checked; kept alive with the rule.
    init(mapped file: ReadOnlyBytes, range: Range<Int>) { storage = .mapped(file, range) }

    var string: String {
        switch storage {
        case let .string(string):
            return string
        case let .mapped(file, range):
            return String(decoding: UnsafeRawBufferPointer(rebasing: file.bytes[range]), as: UTF8.self)
        }
    }
}
