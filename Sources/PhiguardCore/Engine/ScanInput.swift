/// One file's new content and which of its lines the change added: all the engine needs.
public struct ScanInput: Sendable {
    public let path: String
    public let language: Language
    /// The complete new version of the file (the index blob, or the commit's blob).
    public let content: [UInt8]
    /// 1-based numbers of the added lines, ascending. Only matches touching one of them
    /// are reported, so old findings in untouched lines never block.
    public let addedLines: [Int]
    /// Full commit id for a range scan; nil for a staged scan.
    public let commit: String?
    /// Where `content`'s lines start, built once: the engine, the override resolver and the
    /// added-byte count all need it (each built its own before).
    let lines: LineIndex

    public init(path: String, content: [UInt8], addedLines: [Int], commit: String? = nil, language: Language? = nil) {
        self.path = path
        self.language = language ?? Language.of(path: path)
        self.content = content
        self.addedLines = addedLines
        self.commit = commit
        lines = content.withUnsafeBufferPointer { LineIndex($0) }
    }
}
