internal import CLibGit2

/// A 20-byte git object id (SHA-1), stored inline so that ids can be compared, hashed and kept
/// in sets and reports without touching libgit2 or allocating.
public struct ObjectID: Hashable, Sendable, CustomStringConvertible {
    private let high: UInt64
    private let middle: UInt64
    private let low: UInt32

    /// The 40-character lower-case form git prints and accepts everywhere.
    public var hex: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var result: [UInt8] = []
        result.reserveCapacity(40)
        for byte in bytes {
            result.append(digits[Int(byte >> 4)])
            result.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: result, as: UTF8.self)
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

    private var bytes: [UInt8] {
        (0..<8).map { UInt8(truncatingIfNeeded: high >> (56 - 8 * $0)) }
            + (0..<8).map { UInt8(truncatingIfNeeded: middle >> (56 - 8 * $0)) }
            + (0..<4).map { UInt8(truncatingIfNeeded: low >> (24 - 8 * $0)) }
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

    /// Copies an id out of libgit2.
    init(_ oid: git_oid) {
        self.init(bytes: withUnsafeBytes(of: oid.id) { Array($0) })
    }

    /// The libgit2 form, for passing back into C calls.
    var oid: git_oid {
        var oid = git_oid()
        withUnsafeMutableBytes(of: &oid.id) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = byte }
        }
        return oid
    }
}
