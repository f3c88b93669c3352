/// The languages a rule applies to, a bit per `Language` case (there are fewer than 64).
///
/// Every rule carries one and every file asks each rule about its language. As a
/// `Set<Language>` each was a hash table: building the compiled pack's 274 sets, and the
/// runtime's first lookup of the type's `Hashable` conformance, cost a million
/// instructions of every staged scan, about 3% of a typical commit.
public struct LanguageSet: Hashable, Sendable, Sequence, ExpressibleByArrayLiteral {
    private var bits: UInt64 = 0

    public init() {}

    public init<Languages: Sequence>(_ languages: Languages) where Languages.Element == Language {
        for language in languages { insert(language) }
    }

    public init(arrayLiteral languages: Language...) { self.init(languages) }

    public var isEmpty: Bool { bits == 0 }

    public var count: Int { bits.nonzeroBitCount }

    public func contains(_ language: Language) -> Bool { bits & Self.bit(language) != 0 }

    @discardableResult
    public mutating func insert(_ language: Language) -> Bool {
        defer { bits |= Self.bit(language) }
        return !contains(language)
    }

    public mutating func formUnion<Languages: Sequence>(_ languages: Languages) where Languages.Element == Language {
        for language in languages { insert(language) }
    }

    /// The languages in declaration order.
    public func makeIterator() -> Iterator { Iterator(remaining: bits) }

    public struct Iterator: IteratorProtocol {
        fileprivate var remaining: UInt64

        public mutating func next() -> Language? {
            guard remaining != 0 else { return nil }
            let ordinal = remaining.trailingZeroBitCount
            remaining &= remaining - 1
            return LanguageSet.all[ordinal]
        }
    }

    private static let all = Language.allCases

    private static func bit(_ language: Language) -> UInt64 { 1 << UInt64(language.ordinal) }
}
