import FuzzSupport
// Internal API: the zip reader is not public; debug builds (fuzz/run.sh) enable testing.
@testable import PhiguardCore

/// Staged `.xlsx`/`.docx` files: `ZipArchive` on any bytes. An entry it returns has its
/// declared size and stays within the limit; whatever the damage, the reader throws
/// rather than crashing or reading outside the input (AddressSanitizer).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let limit = 1 << 20
    if let archive = try? ZipArchive(bytes) {
        for entry in archive.entries {
            do {
                let content = try archive.contents(of: entry, limit: limit)
                if content.count != entry.size { FuzzSupport.fail("\(entry.path): \(content.count) bytes, declared \(entry.size)") }
                if content.count > limit { FuzzSupport.fail("\(entry.path): \(content.count) bytes past the limit") }
            } catch let error as ZipArchive.ReadError {
                if case .tooLarge = error, entry.size <= limit {
                    FuzzSupport.fail("\(entry.path): declared \(entry.size) bytes, within the limit, reported as too large")
                }
            } catch {
                FuzzSupport.fail("unexpected error \(error)")
            }
        }
    }
    _ = DocumentInspector.officeText(bytes)
    return 0
}

@_cdecl("FuzzZip_main")
public func FuzzZipMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in fuzz(data, size) }
}
