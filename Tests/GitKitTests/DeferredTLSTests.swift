#if os(Linux)
@testable import GitKit
import _PhiguardTestSupport
import Testing

@_silgen_name("git_mbedtls_stream_new")
private func tlsStream(_ out: UnsafeMutablePointer<UnsafeMutableRawPointer?>, _ host: UnsafePointer<CChar>,
                       _ port: UnsafePointer<CChar>) -> Int32

/// libgit2's https set-up is deferred from its start-up to the first https stream
/// (GitKit/Internal/SkippedInitialisation.swift): opening a repository does not run it,
/// and a stream then gets it, as libgit2 would have made it.
@Suite struct DeferredTLSTests {
    @Test func httpsIsSetUpForTheFirstStreamOnly() throws {
        let fixture = try TemporaryRepository()
        _ = try fixture.open()
        // No other test opens an https stream: until the call below, nothing is set up.
        #expect(!tlsIsSetUp)
        var stream: UnsafeMutableRawPointer?
        #expect(tlsStream(&stream, "ehr.example.org", "443") == 0)
        #expect(stream != nil)
        #expect(tlsIsSetUp)
        #expect(setUpTLSOnFirstUse() == 0)
        // (The stream is left open: it never connected, and freeing it needs libgit2's
        // private stream layout.)
    }
}
#endif
