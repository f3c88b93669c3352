/// One hunk of a file's diff in new-side coordinates only, because the scanner only ever
/// reports on added lines and reads their text from the new blob.
public struct Hunk: Sendable, Equatable {
    /// 1-based first line of the hunk in the new file, as in `@@ -a,b +c,d @@`.
    public let newStart: Int
    /// Number of new-side lines the hunk spans (`d` in `@@ -a,b +c,d @@`).
    public let newCount: Int
    /// 1-based line numbers, in the new file, of the hunk's `+` lines, ascending. Never empty:
    /// hunks that only delete lines are dropped, since they give the scanner nothing to read.
    public let addedLines: [Int]

    /// Builds a hunk by hand, for callers' tests that need a change without a repository.
    public init(newStart: Int, newCount: Int, addedLines: [Int]) {
        self.newStart = newStart
        self.newCount = newCount
        self.addedLines = addedLines
    }
}
