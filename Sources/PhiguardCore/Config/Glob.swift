/// A gitignore-flavoured path pattern: `*` and `?` stay within one path segment, `**`
/// spans any number of segments, and a pattern without a `/` matches the file name at any
/// depth (`*.csv`). A trailing `/` means "everything below this folder".
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let segments: [Substring]
    private let anchored: Bool

    public init(_ pattern: String) {
        var text = pattern
        if text.hasPrefix("./") { text.removeFirst(2) }
        if text.hasSuffix("/") { text += "**" }
        self.pattern = pattern
        anchored = text.contains("/")
        if text.hasPrefix("/") { text.removeFirst() }
        segments = text.split(separator: "/", omittingEmptySubsequences: true)
    }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        if !anchored {
            guard let name = parts.last, let only = segments.first else { return false }
            return Glob.matchSegment(Array(only.utf8), Array(name.utf8))
        }
        return Glob.match(segments[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<Substring>, _ path: ArraySlice<Substring>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var tail = path
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let first = path.first, matchSegment(Array(head.utf8), Array(first.utf8)) else { return false }
        return match(pattern.dropFirst(), path.dropFirst())
    }

    /// `*` and `?` within one segment, by iterative backtracking (linear in practice).
    static func matchSegment(_ pattern: [UInt8], _ text: [UInt8]) -> Bool {
        var p = 0, t = 0, starP = -1, starT = 0
        while t < text.count {
            if p < pattern.count && (pattern[p] == UInt8(ascii: "?") || pattern[p] == text[t]) {
                p += 1; t += 1
            } else if p < pattern.count && pattern[p] == UInt8(ascii: "*") {
                starP = p; starT = t; p += 1
            } else if starP >= 0 {
                p = starP + 1; starT += 1; t = starT
            } else {
                return false
            }
        }
        while p < pattern.count && pattern[p] == UInt8(ascii: "*") { p += 1 }
        return p == pattern.count
    }
}
