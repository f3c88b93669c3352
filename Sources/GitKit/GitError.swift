internal import CLibGit2

/// A failure reported by libgit2 (or by GitKit on its behalf), carrying the name of the call
/// that failed so that a hook which must fail closed can still say exactly what went wrong.
public struct GitError: Error, CustomStringConvertible, Sendable {
    /// libgit2's return code (`GIT_ENOTFOUND` = -3, `GIT_EAMBIGUOUS` = -5, ...), kept so callers
    /// can tell "no such revision" from a corrupt repository without parsing the message.
    public let code: Int32
    /// libgit2's error class (`git_error_t`: 3 = invalid input, 4 = reference, 6 = repository,
    /// ...); 0 when libgit2 left no error behind.
    public let klass: Int32
    /// libgit2's own explanation, which is usually the most useful thing to show a user.
    public let message: String
    /// The C function (or, for errors GitKit raises itself, the Swift API) that failed.
    public let function: String

    /// Makes an error by hand, for failures GitKit detects itself and for tests of callers.
    public init(code: Int32, klass: Int32, message: String, function: String) {
        self.code = code
        self.klass = klass
        self.message = message
        self.function = function
    }

    /// Throws when `result` is a libgit2 error code (negative), reading `git_error_last()` once,
    /// on the thread that made the call, before anything else can overwrite it.
    public static func check(_ result: Int32, _ function: String) throws {
        guard result < 0 else { return }
        throw GitError(result: result, function: function)
    }

    /// The shape users see in the hook's output: `function: message`.
    public var description: String { "\(function): \(message)" }

    private init(result: Int32, function: String) {
        if let last = git_error_last(), let text = last.pointee.message {
            self.init(code: result, klass: last.pointee.klass, message: String(cString: text), function: function)
        } else {
            self.init(code: result, klass: 0, message: "libgit2 returned error code \(result)", function: function)
        }
        git_error_clear()
    }
}

extension GitError {
    /// An error GitKit raises itself: bad input that libgit2 would reject less clearly, or a
    /// state the caller must resolve first (unmerged paths, a missing `GIT_INDEX_FILE`).
    static func invalid(_ message: String, _ function: String) -> GitError {
        GitError(code: GIT_ERROR.rawValue, klass: Int32(GIT_ERROR_INVALID.rawValue), message: message, function: function)
    }

    /// libgit2 reported success but left the out-parameter empty; never expected, never ignored.
    static func missingResult(_ function: String) -> GitError {
        GitError(code: GIT_ERROR.rawValue, klass: 0, message: "returned success without a result", function: function)
    }
}
