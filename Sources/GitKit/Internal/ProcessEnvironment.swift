#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few environment variables git uses to describe a repository to its hooks, read at the
/// moment a repository is opened so that later changes (or other threads) cannot shift them.
enum ProcessEnvironment {
    /// The variable's value, or `nil` when it is unset or empty (git treats both alike).
    static func value(_ name: String) -> String? {
        guard let raw = getenv(name) else { return nil }
        let value = String(cString: raw)
        return value.isEmpty ? nil : value
    }

    /// git's boolean spelling (`1`, `true`, `yes`, `on`), for `GIT_DISCOVERY_ACROSS_FILESYSTEM`.
    static func flag(_ name: String) -> Bool {
        guard let value = value(name)?.lowercased() else { return false }
        return ["1", "true", "yes", "on"].contains(value)
    }

    /// `path` made absolute against the current directory, as git resolves relative paths in
    /// these variables; the hook's working directory is the only one that gives them meaning.
    static func absolutePath(_ path: String) -> String {
        guard !path.hasPrefix("/") else { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let directory = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return PathText.joined(directory, path)
    }

    /// Whether a file exists at `path`, so a dangling `GIT_INDEX_FILE` fails loudly instead of
    /// being read as an empty index (which would make every staged file look deleted).
    static func fileExists(_ path: String) -> Bool {
        access(path, F_OK) == 0
    }
}
