import Foundation
@testable import PhiguardCore
import Testing

/// A rule's keywords are a promise: every text its pattern matches contains one of them,
/// or the prefilter never lets the pattern run and the match is lost without a trace
/// (`access-control.hardcoded-user-id-check` matched `.eql?` comparisons its keywords did
/// not name). Each rule's pattern is run here, without the prefilter, over every example
/// of every rule and every labelled line of the corpus (with the context a scan gives it)
/// that holds none of the rule's keywords: any match is a gap in the keywords.
@Suite struct KeywordCoverageTests {
    /// Rules whose keywords are a context requirement on purpose: their value has a shape
    /// common in ordinary data, and only a nearby word makes it what the rule is about.
    static let contextGated: [String: String] = [
        "secret.aws-secret-access-key": "any 40 base64 characters; only AWS context makes them a secret key",
        "phi-literal.medicare-mbi": "an 11-character MBI shape; Medicare or member context makes it one",
        "phi-literal.medicare-hicn": "nine digits and a letter; Medicare or claim context makes it a HICN",
        "phi-literal.vehicle-vin": "a 17-character VIN shape, common in ids and hashes, without vin or vehicle nearby",
        "secret.private-key-jwk-or-xml": "a base64 \"d\" member is a private key only inside a JWK (kty) or an XML key",
    ]

    /// Example texts of all rules, and corpus windows: a labelled line with three lines of
    /// context on each side, as a scan window has.
    static func texts() throws -> [(origin: String, bytes: [UInt8])] {
        var texts: [(String, [UInt8])] = []
        for rule in try RulePack.builtIn().rules {
            for example in rule.triggers + rule.nearMisses { texts.append(("example of \(rule.id)", Array(example.text.utf8))) }
        }
        let file = "\(#filePath)"
        let corpus = String(file[..<file.range(of: "/Tests/PhiguardCoreTests/")!.lowerBound]) + "/Tests/Corpus"
        let labels = try String(contentsOfFile: corpus + "/labels.jsonl", encoding: .utf8)
        var linesOfFile: [String: [Substring]] = [:]
        for label in labels.split(separator: "\n") where !label.allSatisfy(\.isWhitespace) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(label.utf8)) as? [String: Any])
            guard let path = object["file"] as? String, let line = object["line"] as? Int else { continue }
            if linesOfFile[path] == nil {
                let content = (try? String(contentsOfFile: corpus + "/files/" + path, encoding: .utf8)) ?? ""
                linesOfFile[path] = content.split(separator: "\n", omittingEmptySubsequences: false)
            }
            let lines = linesOfFile[path]!
            guard line >= 1, line <= lines.count else { continue }
            let window = lines[max(0, line - 4)..<min(lines.count, line + 3)].joined(separator: "\n")
            texts.append(("\(path):\(line)", Array(window.utf8)))
        }
        return texts
    }

    @Test func everyMatchContainsAKeyword() throws {
        let texts = try Self.texts()
        #expect(texts.count > 3_000)
        let matcher = Matcher()
        var gaps: [String] = []
        let rules = try RulePack.builtIn().rules
        #expect(Set(Self.contextGated.keys).isSubset(of: rules.map(\.id)), "an exemption names no rule")
        for rule in rules where !rule.keywords.isEmpty && Self.contextGated[rule.id] == nil {
            let pattern = try Pattern(rule.pattern, owner: rule.id)
            let keywords = rule.keywords.map { Array($0.utf8) }
            for text in texts {
                try text.bytes.withUnsafeBufferPointer { bytes in
                    guard !keywords.contains(where: { TextSearch.containsFoldingCase($0, in: bytes) }) else { return }
                    if let match = try pattern.matches(in: bytes, window: 0..<bytes.count, using: matcher).first {
                        let matched = String(decoding: UnsafeBufferPointer(rebasing: bytes[match.range]), as: UTF8.self)
                        gaps.append("\(rule.id) matches \(matched.debugDescription) in \(text.origin), which holds none of \(rule.keywords)")
                    }
                }
            }
        }
        #expect(gaps.isEmpty, "\(gaps.count) matches the prefilter would never let run:\n\(gaps.prefix(40).joined(separator: "\n"))")
    }
}
