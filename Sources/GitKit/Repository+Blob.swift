internal import CLibGit2

extension Repository {
    /// The raw bytes of a blob, exactly as stored (no filters, no line-ending conversion), so
    /// the scanner sees what the commit records rather than what is on disk.
    public func blobContent(_ id: ObjectID) throws -> [UInt8] {
        var oid = id.oid
        var blob: OpaquePointer?
        try GitError.check(git_blob_lookup(&blob, try blobHandle(), &oid), "git_blob_lookup")
        defer { git_blob_free(blob) }
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let bytes = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: size))
    }
}
