internal import CLibGit2

// phiguard never talks to a network: it reads the index, trees and blobs of a local
// repository. `git_libgit2_init` nevertheless prepares every transport on every run. The
// linker's `--wrap` (Package.swift) sends libgit2's calls to the two routines below to
// these definitions instead. Should anything in this process ever open a remote, it would
// fail to verify or connect: the safe direction.

/// libgit2 parses the system's whole CA bundle for https (Debian builds it with mbedTLS
/// and a compiled-in bundle path): measured at 36% of the instructions of a staged scan of
/// a 2,600-file repository, more than the diff and the rules together. No certificate is
/// loaded, so any https certificate would fail verification.
@_cdecl("__wrap_mbedtls_x509_crt_parse_file")
public func phiguardSkipCertificateBundle(_ chain: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    0
}

/// mbedTLS seeds libgit2's TLS random generator from all its entropy sources, one of which
/// is HAVEGE: its initialisation runs a 2.2-million-instruction timing loop, the largest
/// single cost of a tiny commit after the dynamic loader. The state is left zeroed, as
/// `mbedtls_havege_init` itself starts it; the generator still draws on the operating
/// system's source (getrandom), which is the one mbedTLS requires.
@_cdecl("__wrap_mbedtls_havege_init")
public func phiguardSkipHAVEGESeeding(_ state: UnsafeMutableRawPointer?) {
    state?.initializeMemory(as: UInt8.self, repeating: 0, count: MemoryLayout<mbedtls_havege_state>.size)
}
