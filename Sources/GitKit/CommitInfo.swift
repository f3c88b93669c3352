/// A commit copied out of libgit2: enough to diff it, to read its trailers (overrides travel in
/// the message), and to name it in a report.
public struct CommitInfo: Sendable {
    /// The commit's id.
    public let id: ObjectID
    /// Parent ids in order; empty for a root commit, and the first one is what it is diffed against.
    public let parents: [ObjectID]
    /// The first paragraph of the message joined into one line, as `git log --oneline` shows it.
    public let summary: String
    /// The full raw message, trailers included.
    public let message: String
    /// The author's name, so a report can say whose commit carried a finding.
    public let authorName: String
    /// The author's email.
    public let authorEmail: String
    /// Author time in seconds since the epoch (UTC); the timezone offset is dropped.
    public let time: Int64

    /// Builds a commit by hand, for callers' tests that need one without a repository.
    public init(
        id: ObjectID, parents: [ObjectID], summary: String, message: String,
        authorName: String, authorEmail: String, time: Int64
    ) {
        self.id = id
        self.parents = parents
        self.summary = summary
        self.message = message
        self.authorName = authorName
        self.authorEmail = authorEmail
        self.time = time
    }
}
