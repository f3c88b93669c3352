/// Proves a rule by its own examples, the way SwiftLint's `verifyRule` does: every
/// trigger fires exactly at its `↓`, every near-miss stays silent, and the properties all
/// rules must have hold too — a trigger after a multi-byte line keeps its line and
/// column, a trigger that sits only in context lines stays silent, and the matched value
/// never reaches the snippet.
///
/// The test suite and `phiguard rules --test` both use it, so an unproven rule cannot
/// land and a user's own rules get the same proof.
public enum RuleVerifier {
    /// What is wrong with the rule, one line per problem; empty when it is proven.
    public static func problems(with rule: Rule) -> [String] {
        guard let path = examplePath(for: rule) else {
            return ["no file path satisfies both its languages and its paths; examples cannot run"]
        }
        var problems: [String] = []
        let pack: RulePack
        do { pack = try RulePack(rules: [rule]) } catch { return ["\(error)"] }
        let engine = Engine(pack: pack, fingerprintKey: "verifier")

        func run(_ text: String, added: [Int]? = nil) -> [Finding]? {
            let content = Array(text.utf8)
            let lineCount = max(1, content.split(separator: 10, omittingEmptySubsequences: false).count)
            do {
                return try engine.scan(ScanInput(path: path, content: content, addedLines: added ?? Array(1...lineCount)))
                    .filter { $0.ruleID == rule.id || $0.ruleID == "meta.scan-limit" }
            } catch {
                problems.append("scan failed: \(error)")
                return nil
            }
        }

        for trigger in rule.triggers {
            guard let line = trigger.markerLine, let column = trigger.markerColumn else { continue }
            guard let found = run(trigger.text) else { continue }
            let places = found.map { "\($0.line):\($0.column)" }
            if !places.contains("\(line):\(column)") {
                problems.append("trigger did not fire at \(line):\(column) (found: \(places.isEmpty ? "nothing" : places.joined(separator: ", "))): \(trigger.source)")
                continue
            }
            if found.contains(where: { $0.ruleID == "meta.scan-limit" }) {
                problems.append("trigger hit a PCRE2 limit: \(trigger.source)")
            }
            // A multi-byte line in front must move the finding down one line, not sideways.
            if let shifted = run("ÄÖÜ — ✓ 日本語 — ünïcödé\n" + trigger.text),
               !shifted.contains(where: { $0.line == line + 1 && $0.column == column }) {
                problems.append("trigger after a multi-byte line was not reported at \(line + 1):\(column): \(trigger.source)")
            }
            // The same text as unchanged context around an added line must stay silent.
            let padded = trigger.text + "\n\nunrelated = 1\n"
            let lastLine = padded.utf8.split(separator: 10, omittingEmptySubsequences: false).count - 1
            if let context = run(padded, added: [lastLine]), !context.isEmpty {
                problems.append("trigger fired although none of its lines was added: \(trigger.source)")
            }
            for finding in found {
                if let leak = leakedValue(rule: rule, text: trigger.text, snippet: finding.snippet) {
                    problems.append("snippet shows the matched value (\(leak.count) characters): \(trigger.source)")
                }
            }
        }
        for nearMiss in rule.nearMisses {
            guard let found = run(nearMiss.text) else { continue }
            if !found.isEmpty {
                problems.append("fired on near-miss at \(found.map { "\($0.line):\($0.column)" }.joined(separator: ", ")): \(nearMiss.source)")
            }
        }
        return problems
    }

    /// The matched value (the `value` group, or the whole match of a secret or PHI rule),
    /// if it appears verbatim in the snippet.
    static func leakedValue(rule: Rule, text: String, snippet: String) -> String? {
        guard let pattern = try? Pattern(rule.pattern, owner: rule.id) else { return nil }
        let bytes = Array(text.utf8)
        let matcher = Matcher()
        let matches = (try? bytes.withUnsafeBufferPointer { buffer in
            try pattern.matches(in: buffer, window: 0..<buffer.count, using: matcher)
        }) ?? []
        for match in matches {
            guard let range = match.value ?? (rule.category.matchIsSensitive ? match.range : nil) else { continue }
            let value = String(decoding: bytes[range], as: UTF8.self).trimmingWhitespace()
            if value.count >= 6 && snippet.contains(value) { return value }
        }
        return nil
    }

    /// A path the rule applies to: from its first `paths` glob, else a typical file of
    /// its first language.
    static func examplePath(for rule: Rule) -> String? {
        var candidates: [String] = []
        for glob in rule.paths {
            candidates.append(glob.pattern.replacing("**/", with: "")
                .replacing("**", with: "dir").replacing("*", with: "example")
                .replacing("?", with: "x"))
        }
        let languages = Language.allCases.filter { rule.languages.isEmpty ? $0 == .text : rule.languages.contains($0) }
        candidates += languages.map(\.examplePath)
        if rule.languages.isEmpty { candidates.append("example.txt") }
        return candidates.first { rule.applies(to: Language.of(path: $0), path: $0) }
    }
}

extension Language {
    /// A file name that `Language.of(path:)` maps back to this language.
    var examplePath: String {
        switch self {
        case .python: return "example.py"
        case .javascript: return "example.js"
        case .typescript: return "example.ts"
        case .java: return "Example.java"
        case .kotlin: return "Example.kt"
        case .go: return "example.go"
        case .csharp: return "Example.cs"
        case .swift: return "Example.swift"
        case .ruby: return "example.rb"
        case .php: return "example.php"
        case .c: return "example.c"
        case .cpp: return "example.cpp"
        case .rust: return "example.rs"
        case .scala: return "Example.scala"
        case .groovy: return "build.gradle"
        case .objc: return "Example.m"
        case .dart: return "example.dart"
        case .shell: return "example.sh"
        case .powershell: return "example.ps1"
        case .perl: return "example.pl"
        case .lua: return "example.lua"
        case .r: return "example.r"
        case .elixir: return "example.ex"
        case .sql: return "example.sql"
        case .yaml: return "example.yaml"
        case .json: return "example.json"
        case .xml: return "example.xml"
        case .toml: return "example.toml"
        case .ini: return "example.ini"
        case .properties: return "application.properties"
        case .env: return ".env"
        case .dockerfile: return "Dockerfile"
        case .terraform: return "main.tf"
        case .hcl: return "example.hcl"
        case .html: return "example.html"
        case .markdown: return "example.md"
        case .csv: return "example.csv"
        case .tsv: return "example.tsv"
        case .text: return "example.txt"
        case .hl7: return "example.hl7"
        case .protobuf: return "example.proto"
        case .graphql: return "example.graphql"
        case .unknown: return "example.unknown-extension"
        }
    }
}
