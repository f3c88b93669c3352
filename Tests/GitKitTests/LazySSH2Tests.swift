#if os(Linux)
import CLazySSH2
import _PhiguardTestSupport
import Testing

/// libgit2's libssh2 calls go to forwarders that load libssh2 on first use
/// (Sources/CLazySSH2): libgit2's start-up, which calls libssh2_init, loads nothing, and
/// then the real library answers.
@Suite struct LazySSH2Tests {
    @Test func theRealLibraryAnswersOnceCalled() throws {
        // Opening a repository initialises libgit2 and with it the ssh transport. No other
        // test uses ssh: until the call below, libssh2 is not in the process.
        let fixture = try TemporaryRepository()
        _ = try fixture.open()
        #expect(phiguard_ssh2_is_loaded() == 0)
        let session = libssh2_session_init_ex(nil, nil, nil, nil)
        #expect(session != nil)
        #expect(phiguard_ssh2_is_loaded() == 1)
        #expect(libssh2_session_free(session) == 0)
    }
}
#endif
