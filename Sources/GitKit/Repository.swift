internal import CLibGit2
import Synchronization

/// An open git repository: the one owner of a `git_repository` handle, through which the hook
/// reads the index, commits and blobs.
///
/// Every value it returns is copied out of libgit2, so nothing it hands out outlives it or
/// points into C memory. Creating one initialises libgit2 and releasing it shuts libgit2 down
/// again; libgit2 counts these calls, so no global constructor is needed.
///
/// It is `@unchecked Sendable` so a command can hand it to another task; libgit2 is built
/// thread-safe, which allows a `git_repository` to move between threads, but not to be used
/// from two at once. Use a repository from one thread at a time (open a second one for
/// parallel work).
public final class Repository: @unchecked Sendable {
    /// The owned handle; freed in `deinit` and nowhere else.
    let pointer: OpaquePointer
    /// The index file named by `GIT_INDEX_FILE` when the repository was opened (absolute), which
    /// `git commit -a` and `git commit <paths>` use to hand their hooks a temporary index.
    let indexFile: String?
    /// The index file as last parsed, with the stat data it was parsed at (see `IndexFile`).
    let parsedIndex = Mutex<(stamp: [Int], file: IndexFile?)?>(nil)
    /// The handle blobs are read and diffed through, made on first use (see `blobHandle`).
    private let blobRepository = Mutex<OpaquePointer?>(nil)
    /// How this handle was opened, to open another like it (see `reopen`).
    private let opener: @Sendable (inout OpaquePointer?) throws -> Void

    /// The work tree's root (absolute, no trailing slash); `nil` for a bare repository.
    public let workingDirectory: String?
    /// This worktree's own git directory (for a linked worktree, `.git/worktrees/<name>`).
    public let gitDirectory: String
    /// The git directory shared by all worktrees, where objects, refs, config and hooks live;
    /// the same as `gitDirectory` when there are no linked worktrees.
    public let commonDirectory: String
    /// Where git runs this repository's hooks from: `core.hooksPath` if set (a relative value
    /// is taken from the work tree's root, or the git directory when bare; `~/` is expanded),
    /// otherwise `<commonDirectory>/hooks`. Read once at open, so a broken config fails there.
    public let hooksDirectory: String

    /// Opens the repository the way git itself does for a hook: honours `GIT_DIR`,
    /// `GIT_WORK_TREE`, `GIT_INDEX_FILE`, `GIT_OBJECT_DIRECTORY`, `GIT_CEILING_DIRECTORIES` and
    /// friends (libgit2's `GIT_REPOSITORY_OPEN_FROM_ENV`) and otherwise discovers upward from
    /// the current directory. Linked worktrees work: git passes their git dir as `GIT_DIR`.
    ///
    /// libgit2 1.5.1 refuses `GIT_WORK_TREE` in that mode (git sets it for
    /// `git --work-tree=... commit`), so when it is set the same variables are applied here
    /// instead; `GIT_OBJECT_DIRECTORY` then becomes an extra object source rather than the only one.
    public static func openFromEnvironment() throws -> Repository {
        try Repository { handle in
            if ProcessEnvironment.value("GIT_WORK_TREE") != nil, ProcessEnvironment.value("GIT_COMMON_DIR") == nil {
                try openHonouringWorkTree(&handle)
            } else {
                let flags = GIT_REPOSITORY_OPEN_FROM_ENV.rawValue
                try GitError.check(git_repository_open_ext(&handle, nil, flags, nil), "git_repository_open_ext")
            }
        }
    }

    /// Discovers the repository containing `path`: any directory inside a work tree, a linked
    /// worktree, or a git directory itself. `GIT_INDEX_FILE` is still honoured, because a hook
    /// may open its repository by path while git has pointed it at a temporary index.
    public static func discover(startingAt path: String) throws -> Repository {
        try Repository { handle in
            try GitError.check(git_repository_open_ext(&handle, path, 0, nil), "git_repository_open_ext")
        }
    }

    /// Opens the object database and refs at `gitDirectory` without a work tree, for
    /// reading history only: no work-tree `.gitattributes` or path checks on every diffed
    /// file (in a profile of a 1,000-commit scan these syscalls cost more than the diffs).
    public static func openForHistory(gitDirectory: String) throws -> Repository {
        _ = historyCacheLimit
        return try Repository { handle in
            try GitError.check(git_repository_open_bare(&handle, gitDirectory), "git_repository_open_bare")
        }
    }

    /// A second handle on the same repository, opened the same way (the same environment,
    /// path or git directory), for another thread: a handle is used by one thread at a time.
    public func reopen() throws -> Repository { try Repository(opening: opener) }

    /// True for a repository without a work tree, where there is nothing staged to check.
    public var isBare: Bool { git_repository_is_bare(pointer) == 1 }

    /// True before the first commit on the current branch, when the staged diff is taken
    /// against the empty tree. If HEAD cannot be read at all this is `false`, and the calls
    /// that need HEAD throw libgit2's error instead.
    public var isHeadUnborn: Bool { git_repository_head_unborn(pointer) == 1 }

    /// A configuration value as git resolves it (worktree, local, global, system); `nil` when
    /// unset. Throws for a malformed key or an unreadable configuration.
    public func configString(_ key: String) throws -> String? {
        try Self.configString(key, in: pointer)
    }

    /// Initialises libgit2, lets `open` fill in a handle, and takes ownership of it; on any
    /// failure the half-opened handle is freed and libgit2 released before the error propagates.
    private init(opening open: @escaping @Sendable (inout OpaquePointer?) throws -> Void) throws {
        opener = open
        try GitError.check(git_libgit2_init(), "git_libgit2_init")
        // Keep blobs up to 1 MiB in libgit2's object cache (by default it caches none): a
        // staged file's new side is read for its size, then diffed, then scanned, and a
        // generated 295 KB source file was inflated three times under a 256 KiB limit.
        _ = Self.cacheBlobs
        var handle: OpaquePointer?
        do {
            try open(&handle)
            guard let handle else { throw GitError.missingResult("git_repository_open_ext") }
            let details = try Self.details(of: handle)
            self.pointer = handle
            self.indexFile = details.indexFile
            self.workingDirectory = details.workingDirectory
            self.gitDirectory = details.gitDirectory
            self.commonDirectory = details.commonDirectory
            self.hooksDirectory = details.hooksDirectory
        } catch {
            git_repository_free(handle)
            git_libgit2_shutdown()
            throw error
        }
    }

    deinit {
        blobRepository.withLock { git_repository_free($0) }
        git_repository_free(pointer)
        git_libgit2_shutdown()
    }

    /// The handle to read and diff blobs through. In a work tree that is a second handle on
    /// the same object database with no work tree, index or config: a blob patch there looks
    /// up no `diff` attribute, which in the work tree made libgit2 load and checksum the whole
    /// index (21M instructions for a 10-file commit), and it needs no buffer patch either,
    /// which hashes both sides again (54M on the same commit). Attributes cannot change the
    /// hunks anyway: every patch is forced to text. Sharing the object database keeps
    /// alternates and `GIT_OBJECT_DIRECTORY` exactly as the main handle resolves them.
    func blobHandle() throws -> OpaquePointer {
        guard workingDirectory != nil else { return pointer }
        return try blobRepository.withLock { cached in
            if let cached { return cached }
            var odb: OpaquePointer?
            try GitError.check(git_repository_odb(&odb, pointer), "git_repository_odb")
            defer { git_odb_free(odb) }
            var wrapped: OpaquePointer?
            try GitError.check(git_repository_wrap_odb(&wrapped, odb), "git_repository_wrap_odb")
            guard let wrapped else { throw GitError.missingResult("git_repository_wrap_odb") }
            cached = wrapped
            return wrapped
        }
    }

    /// A range scan reads each object about once, so libgit2's object cache (256 MB by
    /// default) only grew the heap: 19,000 page faults and half the system time of a
    /// 1,000-commit scan. 4 MB keeps the trees a commit and its parent share.
    private static let historyCacheLimit: Void = { _ = phiguard_git_cache_max_size(4 << 20) }()

    private static let cacheBlobs: Void = {
        _ = phiguard_git_cache_blob_limit(1 << 20)
        _ = phiguard_git_skip_object_rehash()
    }()
}

extension Repository {
    /// What is read once at open time; gathered before `self` exists so a failure can still
    /// free the handle.
    private struct Details {
        var indexFile: String?
        var workingDirectory: String?
        var gitDirectory: String
        var commonDirectory: String
        var hooksDirectory: String
    }

    private static func details(of handle: OpaquePointer) throws -> Details {
        var indexFile: String?
        if let path = ProcessEnvironment.value("GIT_INDEX_FILE") {
            let absolute = ProcessEnvironment.absolutePath(path)
            guard ProcessEnvironment.fileExists(absolute) else {
                throw GitError.invalid("GIT_INDEX_FILE names '\(path)', which does not exist", "Repository.open")
            }
            indexFile = absolute
        }
        let workingDirectory = git_repository_workdir(handle).map { PathText.trimmed(String(cString: $0)) }
        guard let gitPath = git_repository_path(handle) else { throw GitError.missingResult("git_repository_path") }
        let gitDirectory = PathText.trimmed(String(cString: gitPath))
        let commonDirectory = git_repository_commondir(handle).map { PathText.trimmed(String(cString: $0)) } ?? gitDirectory

        let hooksPath = try configString("core.hooksPath", in: handle)
        let hooksDirectory = Self.hooksDirectory(
            configured: hooksPath, root: workingDirectory ?? gitDirectory, commonDirectory: commonDirectory)
        return Details(
            indexFile: indexFile, workingDirectory: workingDirectory, gitDirectory: gitDirectory,
            commonDirectory: commonDirectory, hooksDirectory: hooksDirectory)
    }

    /// Reads one value from a snapshot of the configuration (libgit2 only hands out strings
    /// from a snapshot); `nil` when unset.
    private static func configString(_ key: String, in handle: OpaquePointer) throws -> String? {
        var config: OpaquePointer?
        try GitError.check(git_repository_config_snapshot(&config, handle), "git_repository_config_snapshot")
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        let result = git_config_get_string(&value, config, key)
        if result == GIT_ENOTFOUND.rawValue {
            git_error_clear()
            return nil
        }
        try GitError.check(result, "git_config_get_string")
        return value.map { String(cString: $0) } ?? ""
    }

    /// git's rule for `core.hooksPath`: `~` and `~/` expand to `$HOME`, a relative path is taken
    /// from where hooks run (the work tree's root, or the git directory when bare).
    static func hooksDirectory(configured: String?, root: String, commonDirectory: String) -> String {
        guard var path = configured, !path.isEmpty else { return PathText.joined(commonDirectory, "hooks") }
        if path == "~" || path.hasPrefix("~/"), let home = ProcessEnvironment.value("HOME") {
            path = home + path.dropFirst()
        }
        return path.hasPrefix("/") ? PathText.normalized(path) : PathText.joined(root, path)
    }

    /// The `GIT_REPOSITORY_OPEN_FROM_ENV` rules, applied by hand for the case libgit2 1.5.1
    /// rejects (`GIT_WORK_TREE` set). `GIT_INDEX_FILE` is handled for every open in `details(of:)`.
    private static func openHonouringWorkTree(_ handle: inout OpaquePointer?) throws {
        if let gitDirectory = ProcessEnvironment.value("GIT_DIR") {
            let flags = GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue | GIT_REPOSITORY_OPEN_NO_DOTGIT.rawValue
            try GitError.check(git_repository_open_ext(&handle, gitDirectory, flags, nil), "git_repository_open_ext")
        } else {
            let acrossFilesystems = ProcessEnvironment.flag("GIT_DISCOVERY_ACROSS_FILESYSTEM")
            let flags = acrossFilesystems ? GIT_REPOSITORY_OPEN_CROSS_FS.rawValue : 0
            let ceilings = ProcessEnvironment.value("GIT_CEILING_DIRECTORIES")
            try GitError.check(git_repository_open_ext(&handle, ".", flags, ceilings), "git_repository_open_ext")
        }
        if let workTree = ProcessEnvironment.value("GIT_WORK_TREE") {
            let absolute = ProcessEnvironment.absolutePath(workTree)
            try GitError.check(git_repository_set_workdir(handle, absolute, 0), "git_repository_set_workdir")
        }
        let extraObjects = [ProcessEnvironment.value("GIT_OBJECT_DIRECTORY")]
            + (ProcessEnvironment.value("GIT_ALTERNATE_OBJECT_DIRECTORIES")?.split(separator: ":").map(String.init) ?? [])
        if extraObjects.contains(where: { $0 != nil }) {
            var database: OpaquePointer?
            try GitError.check(git_repository_odb(&database, handle), "git_repository_odb")
            defer { git_odb_free(database) }
            for case let directory? in extraObjects {
                try GitError.check(git_odb_add_disk_alternate(database, directory), "git_odb_add_disk_alternate")
            }
        }
        if let namespace = ProcessEnvironment.value("GIT_NAMESPACE") {
            try GitError.check(git_repository_set_namespace(handle, namespace), "git_repository_set_namespace")
        }
    }
}
