#if PHIGUARD_WRAPPED_LIBGIT2
// Every patch libgit2 makes looks up the path's `diff` attribute to pick a diff driver:
// it stats and parses the system gitattributes file, and git_patch_from_blobs names an
// unnamed blob "file" to do it. That was 5% of a 1,000-commit range scan (112M
// instructions), for nothing phiguard uses: patches are made with FORCE_TEXT, binary is
// decided by content (a NUL in the first 8,000 bytes), and hunk headers' function
// context is never read. The linker's `--wrap` (Package.swift) routes libgit2's calls
// here, where the real lookup runs without a repository: it then returns the built-in
// "auto" driver without reading any attribute. Attributes therefore never change what
// phiguard sees as a file's text.

@_silgen_name("__real_git_diff_driver_lookup")
private func realDiffDriverLookup(_ out: UnsafeMutableRawPointer?, _ repository: OpaquePointer?,
                                  _ session: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> Int32

@_cdecl("__wrap_git_diff_driver_lookup")
public func phiguardDiffDriverLookup(_ out: UnsafeMutableRawPointer?, _ repository: OpaquePointer?,
                                     _ session: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    realDiffDriverLookup(out, nil, session, path)
}
#endif
