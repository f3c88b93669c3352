#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import GitKit

/// What the commit-msg and post-commit hooks do, so that overrides travel with the commit
/// (trailers) and end up in the ledger with the commit id.
public enum CommitHooks {
    /// commit-msg: append one `Phiguard-Override:` trailer per bypass the pre-commit scan
    /// applied. Inline and path allows need none: they are visible in the commit itself.
    /// Returns the trailers written.
    @discardableResult
    public static func commitMessage(file: String, repositoryPath: String?) throws -> [OverrideTrailer] {
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        guard let bytes = try FileSystem.readFile(file) else {
            throw PhiguardError.usage("commit message file \(file) does not exist")
        }
        let state = OverrideState(gitDirectory: repository.gitDirectory)
        guard var applied = try state.applied() else { return [] }
        applied.confirmed = true
        try state.recordApplied(applied)
        let trailers = applied.overrides.filter { $0.kind == .bypass || $0.kind == .env }.map {
            OverrideTrailer(rule: $0.rule, fingerprint: $0.fingerprint, reason: $0.reason)
        }
        guard !trailers.isEmpty else { return [] }
        let message = String(decoding: bytes, as: UTF8.self)
        try FileLock.replaceDurably(Array(OverrideTrailer.append(trailers, to: message).utf8), at: file)
        return trailers
    }

    /// post-commit: log the overrides of the scan that produced this commit's tree, with
    /// the commit id, then retire the bypasses (they last for one commit).
    @discardableResult
    public static func postCommit(repositoryPath: String?) throws -> Int {
        let repository = try repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        let state = OverrideState(gitDirectory: repository.gitDirectory)
        defer { state.clearAfterCommit() }
        guard let applied = try state.applied(), applied.confirmed, !applied.overrides.isEmpty else { return 0 }
        let head = try repository.commit("HEAD")
        let ledger = Ledger(directory: repository.commonDirectory + "/phiguard")
        try ledger.append(applied.overrides, commit: head.id.hex,
                          user: try repository.configString("user.name") ?? head.authorName,
                          email: try repository.configString("user.email") ?? head.authorEmail)
        return applied.overrides.count
    }
}
