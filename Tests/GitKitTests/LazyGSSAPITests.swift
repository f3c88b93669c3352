#if os(Linux)
import CLazyGSSAPI
import Testing

/// libgit2's GSS-API calls go to forwarders that load Kerberos on first use
/// (Sources/CLazyGSSAPI): nothing is loaded until then, and then the real library answers.
@Suite struct LazyGSSAPITests {
    static let complete: OM_uint32 = 0

    @Test func theRealLibraryAnswersOnceCalled() throws {
        // No other test authenticates: until this call, Kerberos is not in the process.
        #expect(phiguard_gssapi_is_loaded() == 0)
        var minor: OM_uint32 = 0
        var mechanisms: UnsafeMutableRawPointer? = nil
        #expect(gss_indicate_mechs(&minor, &mechanisms) == Self.complete)
        #expect(mechanisms != nil)
        #expect(phiguard_gssapi_is_loaded() == 1)
        #expect(gss_release_oid_set(&minor, &mechanisms) == Self.complete)

        // libgit2 names an HTTP service with GSS_C_NT_HOSTBASED_SERVICE, which is defined
        // here rather than by the library: the forwarder hands the library its own.
        var text = Array("HTTP@ehr.example.org".utf8)
        var name: UnsafeMutableRawPointer? = nil
        let status = text.withUnsafeMutableBytes { bytes -> OM_uint32 in
            var buffer = (length: bytes.count, value: bytes.baseAddress)
            return withUnsafeMutableBytes(of: &buffer) { gss_import_name(&minor, $0.baseAddress, GSS_C_NT_HOSTBASED_SERVICE, &name) }
        }
        #expect(status == Self.complete)
        #expect(name != nil)
        #expect(gss_release_name(&minor, &name) == Self.complete)
    }
}
#endif
