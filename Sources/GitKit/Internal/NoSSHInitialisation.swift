/// `git_libgit2_init` also initialises libssh2 for ssh remotes, and libssh2 in turn loads
/// OpenSSL's built-in engines: a million instructions and a few hundred page faults of
/// libcrypto on every run, for a transport phiguard never uses (it reads a local
/// repository only). This definition interposes `libssh2_init` the same way
/// `NoCertificateBundle` interposes the CA bundle: it reports success and does nothing.
/// libssh2's `libssh2_exit` then finds nothing to undo, and OpenSSL initialises itself on
/// first use should anything ever need it.
@_cdecl("libssh2_init")
public func phiguardSkipSSHInitialisation(_ flags: Int32) -> Int32 {
    0
}
