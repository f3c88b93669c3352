import _PhiguardTestSupport
import Foundation
@testable import PhiguardCore
import Testing
import ZIPFoundation

/// Patient data leaks through exports more than through code: files whose type carries
/// PHI are findings by type, and the text of .xlsx/.docx is checked by the PHI rules.
@Suite struct DocumentInspectorTests {
    func scan(_ fixture: TemporaryRepository) throws -> ScanReport {
        try TestEnvironment.withLock {
            try Scan.run(ScanRequest(source: .staged, repositoryPath: fixture.root, rulesDirectory: Fixtures.rulesDirectory))
        }
    }

    static func xlsx(sharedStrings: String) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create)
        let xml = Data("<?xml version=\"1.0\"?><sst><si><t>\(sharedStrings)</t></si></sst>".utf8)
        try archive.addEntry(with: "xl/sharedStrings.xml", type: .file, uncompressedSize: Int64(xml.count),
                             compressionMethod: .deflate) { position, size in
            xml.subdata(in: Data.Index(position)..<Data.Index(position) + size)
        }
        return Array(try #require(archive.data))
    }

    @Test func spreadsheetWithAnSSNIsReportedByContent() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("exports/patients.xlsx", bytes: try DocumentInspectorTests.xlsx(sharedStrings: "Jane Doe 524-71-3302"))
        try fixture.git(["add", "."])
        let findings = try scan(fixture).findings
        #expect(findings.map(\.ruleID) == ["phi-literal.fixture-ssn"])
        #expect(findings.first?.file == "exports/patients.xlsx")
        #expect(findings.first?.snippet.contains("3302") == false)
    }

    @Test func spreadsheetWithoutPHIPasses() throws {
        let fixture = try TemporaryRepository()
        try fixture.write("ranges.xlsx", bytes: try DocumentInspectorTests.xlsx(sharedStrings: "LOINC 2345-7 glucose 70-99"))
        try fixture.git(["add", "."])
        #expect(try scan(fixture).findings.isEmpty)
    }

    @Test func anUnreadableSpreadsheetIsReportedByItsType() throws {
        let fixture = try TemporaryRepository()
        var encrypted = try DocumentInspectorTests.xlsx(sharedStrings: "Jane Doe 524-71-3302")
        encrypted[6] |= 1  // the local header's "encrypted" flag
        let central = try #require(ZipArchiveTests.offsets(of: [0x50, 0x4B, 0x01, 0x02], in: encrypted).first)
        encrypted[central + 8] |= 1
        try fixture.write("exports/locked.xlsx", bytes: encrypted)
        try fixture.write("exports/truncated.xlsx", bytes: Array(try DocumentInspectorTests.xlsx(sharedStrings: "x").prefix(40)))
        try fixture.git(["add", "."])
        let findings = try scan(fixture).findings
        #expect(findings.map(\.file).sorted() == ["exports/locked.xlsx", "exports/truncated.xlsx"])
        #expect(findings.allSatisfy { $0.ruleID == DocumentInspector.ruleID && $0.message.hasPrefix("spreadsheet added") })
    }

    @Test func otherTypesAreReportedByTypeAndSize() throws {
        let fixture = try TemporaryRepository()
        var dicom = [UInt8](repeating: 0, count: 128) + Array("DICM".utf8)
        dicom += [UInt8](repeating: 7, count: 64)
        try fixture.write("scans/IM0001", bytes: dicom)
        try fixture.write("backup/db.sqlite", bytes: [0x53, 0x51, 0x4C, 0x00, 0x01])
        try fixture.write("logo.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x00])
        try fixture.git(["add", "."])
        let findings = try scan(fixture).findings
        #expect(Set(findings.map(\.file)) == ["scans/IM0001", "backup/db.sqlite"])
        #expect(findings.allSatisfy { $0.ruleID == DocumentInspector.ruleID && $0.severity == .block })
        #expect(findings.contains { $0.message.contains("DICOM image") })
    }

    @Test func pathAllowAndDisableApply() throws {
        let fixture = try TemporaryRepository()
        try fixture.write(".phiguard.toml", """
            [[allow]]
            paths = ["testdata/**"]
            reason = "synthetic DICOM phantoms from the vendor SDK"
            """)
        try fixture.write("testdata/phantom.dcm", bytes: [0, 1, 2])
        try fixture.git(["add", "."])
        #expect(try scan(fixture).findings.allSatisfy(\.overridden))
        try fixture.write(".phiguard.toml", "disable = [\"phi-literal.phi-bearing-file\"]\n")
        try fixture.git(["add", "."])
        #expect(try scan(fixture).findings.isEmpty)
    }
}
