/// Lexical path helpers for the paths libgit2 hands back (which end in `/`) and for
/// `core.hooksPath`; nothing here touches the file system.
enum PathText {
    /// `path` without trailing slashes (but `/` stays `/`).
    static func trimmed(_ path: String) -> String {
        var result = Substring(path)
        while result.count > 1, result.hasSuffix("/") { result = result.dropLast() }
        return String(result)
    }

    /// `relative` appended to `base`, with `.` and `..` segments resolved lexically.
    static func joined(_ base: String, _ relative: String) -> String {
        normalized(base + "/" + relative)
    }

    /// Collapses `//`, `/./` and `/x/../` and drops a trailing slash.
    static func normalized(_ path: String) -> String {
        let isAbsolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !isAbsolute {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let body = parts.joined(separator: "/")
        return isAbsolute ? "/" + body : (body.isEmpty ? "." : body)
    }
}
