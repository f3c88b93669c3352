/// phiguard never talks to a network: it reads the index, trees and blobs of a local
/// repository. libgit2 nevertheless parses the system's whole CA bundle in
/// `git_libgit2_init` (Debian builds it with mbedTLS and a compiled-in bundle path),
/// which measured at 36% of the instructions of a staged scan of a 2,600-file
/// repository: more than the diff and the rules together, on every commit.
///
/// This definition interposes the mbedTLS function libgit2 calls for it (the executable's
/// symbol wins over the shared library's), so no certificate is loaded. Should anything
/// ever open an https remote through this process, certificate verification would fail —
/// the safe direction.
@_cdecl("mbedtls_x509_crt_parse_file")
public func phiguardSkipCertificateBundle(_ chain: OpaquePointer?, _ path: UnsafePointer<CChar>?) -> Int32 {
    0
}
