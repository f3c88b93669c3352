/// The language a file is written in, decided from its name alone (no content sniffing on
/// the hot path). Rules name the languages they apply to; a rule that names none applies
/// to every file.
public enum Language: String, CaseIterable, Sendable, Codable {
    case python, javascript, typescript, java, kotlin, go, csharp, swift, ruby, php
    case c, cpp, rust, scala, groovy, objc, dart, shell, powershell, perl, lua, r, elixir
    case sql, yaml, json, xml, toml, ini, properties, env, dockerfile, terraform, hcl
    case html, markdown, csv, tsv, text, hl7, protobuf, graphql, unknown

    // Compared and hashed by case, not by name. As a raw-value enum, Language would take
    // `==` and `hash(into:)` from RawRepresentable, which compare and hash the name
    // strings: building the rules' language sets at start-up cost 1,500 instructions an
    // element, and every rule asks its set about every file a scan sees.
    public static func == (lhs: Language, rhs: Language) -> Bool { lhs.ordinal == rhs.ordinal }

    public func hash(into hasher: inout Hasher) { hasher.combine(ordinal) }

    /// The case's number in declaration order: a payload-free enum of fewer than 256 cases
    /// is stored as exactly that byte (LanguageTests checks it against `allCases`).
    var ordinal: UInt8 { unsafeBitCast(self, to: UInt8.self) }

    private static let byExtension: [String: Language] = [
        "py": .python, "pyw": .python, "pyi": .python, "ipynb": .json,
        "js": .javascript, "mjs": .javascript, "cjs": .javascript, "jsx": .javascript,
        "ts": .typescript, "tsx": .typescript, "mts": .typescript, "cts": .typescript,
        "vue": .javascript, "svelte": .javascript,
        "java": .java, "jsp": .java, "kt": .kotlin, "kts": .kotlin, "go": .go,
        "cs": .csharp, "csx": .csharp, "cshtml": .csharp, "razor": .csharp,
        "swift": .swift, "rb": .ruby, "rake": .ruby, "erb": .ruby, "gemspec": .ruby,
        "php": .php, "phtml": .php,
        "c": .c, "h": .c, "cc": .cpp, "cpp": .cpp, "cxx": .cpp, "hpp": .cpp, "hh": .cpp,
        "m": .objc, "mm": .objc, "rs": .rust, "scala": .scala, "sc": .scala,
        "groovy": .groovy, "gradle": .groovy, "dart": .dart,
        "sh": .shell, "bash": .shell, "zsh": .shell, "ksh": .shell,
        "ps1": .powershell, "psm1": .powershell, "pl": .perl, "pm": .perl, "lua": .lua,
        "r": .r, "ex": .elixir, "exs": .elixir,
        "sql": .sql, "ddl": .sql, "yml": .yaml, "yaml": .yaml, "json": .json, "jsonc": .json,
        "json5": .json, "geojson": .json, "ndjson": .json, "ccda": .xml, "cda": .xml, "xml": .xml, "plist": .xml, "config": .xml,
        "csproj": .xml, "xsd": .xml, "wsdl": .xml, "toml": .toml,
        "ini": .ini, "cfg": .ini, "conf": .ini, "cnf": .ini, "properties": .properties,
        "env": .env, "tf": .terraform, "tfvars": .terraform, "hcl": .hcl,
        "html": .html, "htm": .html, "md": .markdown, "markdown": .markdown, "rst": .text,
        "csv": .csv, "tsv": .tsv, "psv": .csv, "txt": .text, "text": .text, "log": .text,
        "note": .text, "notes": .text, "hl7": .hl7, "proto": .protobuf, "graphql": .graphql,
        "gql": .graphql,
    ]

    /// The language of a repository-relative path: special file names first (`Dockerfile`,
    /// `.env.production`), then the extension, case-insensitively.
    public static func of(path: String) -> Language {
        // A range scan asks for every file of every commit: an ASCII name is lower-cased
        // on bytes. Any other name takes Unicode's lower-casing, under which a non-ASCII
        // letter can become an ASCII one (the Kelvin sign is "k").
        var utf8 = path.utf8[...]
        if let slash = utf8.lastIndex(of: UInt8(ascii: "/")) { utf8 = utf8[utf8.index(after: slash)...] }
        let lower: String
        if !utf8.isEmpty, utf8.allSatisfy({ $0 < 0x80 }) {
            lower = String(decoding: utf8.map(ASCII.folded), as: UTF8.self)
        } else {
            lower = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
        }
        if lower == "dockerfile" || lower.hasPrefix("dockerfile.") || lower.hasSuffix(".dockerfile")
            || lower == "containerfile" {
            return .dockerfile
        }
        if lower == ".env" || lower.hasPrefix(".env.") || lower.hasSuffix(".env") || lower == "envrc"
            || lower == ".envrc" {
            return .env
        }
        if lower == "gemfile" || lower == "rakefile" || lower == "podfile" || lower == "fastfile" { return .ruby }
        if lower == "jenkinsfile" { return .groovy }
        if lower == "makefile" || lower == "gnumakefile" { return .shell }
        if lower.hasSuffix(".env.example") || lower.hasSuffix(".env.sample") || lower.hasSuffix(".env.template") {
            return .env
        }
        guard let dot = lower.lastIndex(of: "."), dot != lower.startIndex else {
            return .unknown
        }
        let ext = String(lower[lower.index(after: dot)...])
        return byExtension[ext] ?? .unknown
    }

    /// Named groups a rule may use instead of listing languages one by one.
    public static let groups: [String: [Language]] = [
        "code": [.python, .javascript, .typescript, .java, .kotlin, .go, .csharp, .swift, .ruby, .php,
                 .c, .cpp, .rust, .scala, .groovy, .objc, .dart, .shell, .powershell, .perl, .lua, .r, .elixir],
        "config": [.yaml, .json, .xml, .toml, .ini, .properties, .env, .dockerfile, .terraform, .hcl],
        "data": [.csv, .tsv, .json, .text, .hl7, .xml, .sql, .markdown],
    ]
}
