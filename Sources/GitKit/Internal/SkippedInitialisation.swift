internal import CLibGit2
import Synchronization

// phiguard never talks to a network: it reads the index, trees and blobs of a local
// repository. `git_libgit2_init` nevertheless prepares every transport on every run. The
// linker's `--wrap` (Package.swift) sends libgit2's calls to the routines named below to
// these definitions instead: two are skipped, and the https set-up waits for its first
// use. Should anything in this process ever open an https remote, certificate
// verification would fail: the safe direction.

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

#if PHIGUARD_WRAPPED_LIBGIT2
// libgit2 sets up https at every start: mbedTLS's configuration, a random generator
// seeded from the system, its cipher-suite list parsed (0.33M instructions), for a
// transport phiguard never opens. The set-up now runs on the first https stream (or
// certificate-location setting) instead, exactly as libgit2 would have run it at start.

@_silgen_name("__real_git_mbedtls_stream_global_init")
private func realTLSInitialisation() -> Int32

@_silgen_name("__real_git_mbedtls_stream_new")
private func realTLSStream(_ out: UnsafeMutableRawPointer?, _ host: UnsafePointer<CChar>?,
                           _ port: UnsafePointer<CChar>?) -> Int32

@_silgen_name("__real_git_mbedtls_stream_wrap")
private func realTLSWrap(_ out: UnsafeMutableRawPointer?, _ stream: UnsafeMutableRawPointer?,
                         _ host: UnsafePointer<CChar>?) -> Int32

@_silgen_name("__real_git_mbedtls__set_cert_location")
private func realCertificateLocation(_ file: UnsafePointer<CChar>?, _ path: UnsafePointer<CChar>?) -> Int32

/// The set-up's result once it has run (0: success).
private let tlsSetUp = Mutex<Int32?>(nil)

/// Runs libgit2's https set-up once, on first need; its result every time after.
func setUpTLSOnFirstUse() -> Int32 {
    tlsSetUp.withLock { state in
        if let done = state { return done }
        let result = realTLSInitialisation()
        state = result
        return result
    }
}

/// Whether the https set-up has run (for the tests).
var tlsIsSetUp: Bool { tlsSetUp.withLock { $0 != nil } }

@_cdecl("__wrap_git_mbedtls_stream_global_init")
public func phiguardDeferTLSSetUp() -> Int32 { 0 }

@_cdecl("__wrap_git_mbedtls_stream_new")
public func phiguardTLSStream(_ out: UnsafeMutableRawPointer?, _ host: UnsafePointer<CChar>?,
                              _ port: UnsafePointer<CChar>?) -> Int32 {
    let setUp = setUpTLSOnFirstUse()
    return setUp == 0 ? realTLSStream(out, host, port) : setUp
}

@_cdecl("__wrap_git_mbedtls_stream_wrap")
public func phiguardTLSWrap(_ out: UnsafeMutableRawPointer?, _ stream: UnsafeMutableRawPointer?,
                            _ host: UnsafePointer<CChar>?) -> Int32 {
    let setUp = setUpTLSOnFirstUse()
    return setUp == 0 ? realTLSWrap(out, stream, host) : setUp
}

@_cdecl("__wrap_git_mbedtls__set_cert_location")
public func phiguardCertificateLocation(_ file: UnsafePointer<CChar>?, _ path: UnsafePointer<CChar>?) -> Int32 {
    let setUp = setUpTLSOnFirstUse()
    return setUp == 0 ? realCertificateLocation(file, path) : setUp
}
#endif
