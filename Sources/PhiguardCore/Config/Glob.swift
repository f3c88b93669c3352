/// A gitignore-flavoured path pattern: `*` and `?` stay within one path segment, `**`
/// spans any number of segments, and a pattern without a `/` matches the file name at any
/// depth (`*.csv`). A trailing `/` means "everything below this folder".
public struct Glob: Sendable, Equatable, CustomStringConvertible {
    public let pattern: String
    private let segments: [[UInt8]]
    private let anchored: Bool
    /// The two shapes most rule globs take, matched without the general recursion (rules
    /// are asked about every file of every commit in a range scan).
    private let shape: Shape

    private enum Shape: Sendable {
        /// `**/NAME`: the last segment matches NAME.
        case fileName([UInt8])
        /// `**/DIR/**`: some segment matches DIR.
        case anySegment([UInt8])
        case general
    }

    public init(_ pattern: String) {
        // On bytes: every rule's globs are compiled at start-up, and String's Character
        // operations made this a visible part of it.
        let slash = UInt8(ascii: "/"), star = UInt8(ascii: "*")
        var text = Array(pattern.utf8)
        if text.starts(with: [UInt8(ascii: "."), slash]) { text.removeFirst(2) }
        if text.last == slash { text += [star, star] }
        self.pattern = pattern
        anchored = text.contains(slash)
        if text.first == slash { text.removeFirst() }
        segments = text.split(separator: slash, omittingEmptySubsequences: true).map(Array.init)
        let doubleStar = [star, star]
        if segments.count == 2, segments[0] == doubleStar, segments[1] != doubleStar {
            shape = .fileName(segments[1])
        } else if segments.count == 3, segments[0] == doubleStar, segments[2] == doubleStar, segments[1] != doubleStar {
            shape = .anySegment(segments[1])
        } else {
            shape = .general
        }
    }

    public static func == (lhs: Glob, rhs: Glob) -> Bool { lhs.pattern == rhs.pattern }

    public var description: String { pattern }

    public func matches(_ path: String) -> Bool { matches(PathComponents(path)) }

    /// Matching against a path split once, for checking many globs against one file.
    public func matches(_ path: PathComponents) -> Bool {
        switch shape {
        case let .fileName(name):
            guard let last = path.parts.last else { return false }
            return Glob.matchSegment(name, last)
        case let .anySegment(name):
            return path.parts.contains { Glob.matchSegment(name, $0) }
        case .general:
            break
        }
        if !anchored {
            guard let name = path.parts.last, let only = segments.first else { return false }
            return Glob.matchSegment(only, name)
        }
        return Glob.match(segments[...], path.parts[...])
    }

    private static let doubleStar = Array("**".utf8)

    private static func match(_ pattern: ArraySlice<[UInt8]>, _ path: ArraySlice<[UInt8]>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == doubleStar {
            let rest = pattern.dropFirst()
            if rest.isEmpty { return true }
            var tail = path
            while true {
                if match(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let first = path.first, matchSegment(head, first) else { return false }
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

/// A repository path split into its segments once.
public struct PathComponents: Sendable {
    let parts: [[UInt8]]
    public init(_ path: String) {
        parts = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true).map(Array.init)
    }
}
