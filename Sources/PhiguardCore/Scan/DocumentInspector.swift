import GitKit

/// Files whose type alone says "patient data may be inside": spreadsheets, documents,
/// DICOM images, database files and dumps, statistical data sets, mailboxes. Other
/// scanners skip them because they are binary — which is exactly how exports leak.
///
/// Office Open XML files (`.xlsx`, `.docx`) are zipped XML, so their text is extracted and
/// the PHI rules run on it; every other type is reported by type and size.
enum DocumentInspector {
    static let ruleID = "phi-literal.phi-bearing-file"

    static let kinds: [String: String] = [
        "xlsx": "spreadsheet", "xlsm": "spreadsheet", "xls": "spreadsheet", "ods": "spreadsheet",
        "docx": "document", "doc": "document", "pdf": "document", "rtf": "document", "odt": "document",
        "dcm": "DICOM image", "dicom": "DICOM image",
        "sqlite": "database file", "sqlite3": "database file", "db": "database file", "mdb": "database file",
        "accdb": "database file", "bak": "database backup", "dump": "database dump",
        "sav": "SPSS data set", "sas7bdat": "SAS data set", "dta": "Stata data set",
        "pst": "mailbox", "msg": "e-mail message", "eml": "e-mail message",
    ]

    /// The kind of a path, or nil when its type says nothing.
    static func kind(of path: String, content: [UInt8]?) -> String? {
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        if let dot = name.lastIndex(of: "."), let kind = kinds[String(name[name.index(after: dot)...])] { return kind }
        // DICOM files often have no extension at all; the preamble gives them away.
        if let content, content.count > 132, content[128..<132].elementsEqual("DICM".utf8) { return "DICOM image" }
        return nil
    }

    /// Findings for one added or modified file of a PHI-bearing type.
    static func inspect(_ file: FileChange, repository: Repository, scanner: FileScanner, commit: String?) throws -> [Finding] {
        let content = try repository.blobContent(file.newBlob)
        guard let kind = kind(of: file.path, content: content) else { return [] }
        let lower = file.path.lowercased()
        if lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") || lower.hasSuffix(".docx"), let text = officeText(content) {
            let input = ScanInput(path: file.path, content: Array(text.utf8), addedLines: [], commit: commit, language: .text)
            let lines = max(1, text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).count)
            let findings = try scanner.engine.scan(ScanInput(path: input.path, content: input.content,
                                                             addedLines: Array(1...lines), commit: commit, language: .text))
                .filter { $0.category == .phiLiteral }
            // Positions inside extracted XML mean nothing to the user: report the file.
            return findings.map { finding in
                Finding(ruleID: finding.ruleID, category: finding.category, severity: finding.severity, file: file.path,
                        line: 1, column: 1, commit: commit, message: "\(kind) contains: \(finding.message)",
                        hipaa: finding.hipaa, remediation: finding.remediation, fingerprint: finding.fingerprint,
                        snippet: "<redacted \(kind) content>")
            }
        }
        guard let severity = scanner.resolver.configuration.setting(forDetector: ruleID, category: .phiLiteral) else { return [] }
        return [Finding(
            ruleID: ruleID, category: .phiLiteral, severity: severity, file: file.path, line: 1, column: 1, commit: commit,
            message: "\(kind) added (\(TextReporter.byteCount(file.newSize))): files of this type routinely carry patient data",
            hipaa: "45 CFR 164.514(b)(2), 164.312(a)(1)",
            remediation: "Keep exports, images and dumps out of git; commit a synthetic sample (phiguard synth) or allow the path with a reason if it holds no PHI.",
            fingerprint: scanner.engine.fingerprint(rule: ruleID, file: file.path, text: file.newBlob.hex),
            snippet: "")]
    }

    /// The most XML read from one document: a zip bomb stops here rather than filling memory.
    static let extractionLimit = 50 * 1024 * 1024

    /// The text of an .xlsx/.docx: shared strings, sheet cells and document runs, one
    /// element per line; nil when the file is not a readable zip (encrypted, damaged),
    /// which leaves it reported by its type.
    static func officeText(_ bytes: [UInt8]) -> String? {
        guard let archive = try? ZipArchive(bytes) else { return nil }
        var text = ""
        var budget = extractionLimit
        for entry in archive.entries where !entry.isFolder {
            let path = entry.path
            guard path == "xl/sharedStrings.xml" || path.hasPrefix("xl/worksheets/") || path == "word/document.xml"
                || path.hasPrefix("word/header") || path.hasPrefix("word/footer") else { continue }
            guard let xml = try? archive.contents(of: entry, limit: budget) else { return nil }
            budget -= xml.count
            text += stripTags(String(decoding: xml, as: UTF8.self)) + "\n"
        }
        return text
    }

    /// XML to text: each element's text on its own line, entities decoded.
    static func stripTags(_ xml: String) -> String {
        var out = ""
        var inTag = false
        var pending = ""
        for character in xml {
            if character == "<" {
                inTag = true
                if !pending.isEmpty { out += pending + "\n"; pending = "" }
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                pending.append(character)
            }
        }
        if !pending.isEmpty { out += pending + "\n" }
        return out.replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&apos;", with: "'")
    }
}
