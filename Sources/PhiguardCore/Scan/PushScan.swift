import GitKit

/// The pre-push hook: git names on stdin what is being pushed, one line per ref
/// (`<local ref> <local sha> <remote ref> <remote sha>`), and exactly the commits new to
/// the remote are scanned, with the same overrides and exit codes as a range scan.
public enum PushScan {
    static let zero = String(repeating: "0", count: 40)

    public struct Update: Sendable, Equatable {
        public let localRef: String
        public let localSHA: String
        public let remoteRef: String
        public let remoteSHA: String
    }

    public static func parse(_ input: String) throws -> [Update] {
        try input.split(whereSeparator: \.isNewline).map { line in
            let fields = line.split(separator: " ")
            guard fields.count == 4 else {
                throw PhiguardError.usage("pre-push: unexpected line from git on stdin: \(line.prefix(200))")
            }
            return Update(localRef: String(fields[0]), localSHA: String(fields[1]), remoteRef: String(fields[2]),
                          remoteSHA: String(fields[3]))
        }
    }

    /// Scans the pushed commits; nil when the push carries none (only deletions).
    public static func run(stdin: String, request: ScanRequest) throws -> ScanReport? {
        let updates = try parse(stdin).filter { $0.localSHA != zero }  // deletions push no content
        guard !updates.isEmpty else { return nil }
        let repository = try request.repositoryPath.map { try Repository.discover(startingAt: $0) } ?? Repository.openFromEnvironment()
        var include: [String] = [], exclude: [String] = []
        var excludeRemoteTracking = false
        for update in updates {
            include.append(update.localSHA)
            if update.remoteSHA != zero, (try? repository.commit(update.remoteSHA)) != nil {
                // An update (or a force push): what the remote had is not new.
                exclude.append(update.remoteSHA)
            } else {
                // A new branch, or a remote tip we never fetched: new is whatever no
                // remote-tracking ref already has.
                excludeRemoteTracking = true
            }
        }
        var scan = request
        scan.source = .commits(CommitSelection(include: include, exclude: exclude, excludeRemoteTracking: excludeRemoteTracking))
        return try Scan.run(scan)
    }
}
