internal import CLibGit2

/// A 20-byte git object id (SHA-1), stored inline so that ids can be compared, hashed and kept
/// in sets and reports without touching libgit2 or allocating.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// The 40-character lower-case form git prints and accepts everywhere.
    public var hex: String {
        String(unsafeUninitializedCapacity: 40) { buffer in
            let digits: StaticString = "0123456789abcdef"
            let table = digits.utf8Start
            func put(_ word: UInt64, bytes count: Int, at start: Int) {
                for index in 0..<count {
                    let byte = UInt8(truncatingIfNeeded: word >> UInt64(8 * (count - 1 - index)))
                    buffer[start + 2 * index] = table[Int(byte >> 4)]
                    buffer[start + 2 * index + 1] = table[Int(byte & 0x0f)]
                }
            }
            put(high, bytes: 8, at: 0)
            put(middle, bytes: 8, at: 16)
            put(UInt64(low), bytes: 4, at: 32)
            return 40
        }
    }

    /// Accepts exactly 40 hex digits (either case); abbreviated ids need a repository to resolve,
    /// so they go through `Repository.commit(_:)` instead.
    public init?(hex: String) {
        let utf8 = Array(hex.utf8)
        guard utf8.count == 40 else { return nil }
        var raw: [UInt8] = []
        raw.reserveCapacity(20)
        var index = 0
        while index < 40 {
            guard let high = Self.nibble(utf8[index]), let low = Self.nibble(utf8[index + 1]) else { return nil }
            raw.append(high << 4 | low)
            index += 2
        }
        self.init(bytes: raw)
    }

    /// The hex form, so ids interpolate naturally into messages and reports.
    public var description: String { hex }

    private init(bytes: [UInt8]) {
        func load(_ range: Range<Int>) -> UInt64 { range.reduce(0) { $0 << 8 | UInt64(bytes[$1]) } }
        high = load(0..<8)
        middle = load(8..<16)
        low = UInt32(load(16..<20))
    }

    private static func nibble(_ character: UInt8) -> UInt8? {
        switch character {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): character - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): character - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): character - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

extension ObjectID {
    /// The id of the empty tree, which stands in for HEAD's tree while HEAD is unborn.
    static let emptyTree = ObjectID(hex: "4b825dc642cb6eb9a060e54bf8d69288fbee4904")!

    /// Copies an id out of libgit2 (range scans convert ids millions of times: no arrays).
    init(_ oid: git_oid) {
        (high, middle, low) = withUnsafeBytes(of: oid.id) { raw in
            (UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 0, as: UInt64.self)),
             UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)),
             UInt32(bigEndian: raw.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
        }
    }

    /// The libgit2 form, for passing back into C calls.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { raw in
            raw.storeBytes(of: high.bigEndian, toByteOffset: 0, as: UInt64.self)
            raw.storeBytes(of: middle.bigEndian, toByteOffset: 8, as: UInt64.self)
            raw.storeBytes(of: low.bigEndian, toByteOffset: 16, as: UInt32.self)
        }
        return oid
    }
}
