@testable import PhiguardCore
import Testing

/// The compiled pack is only a cache: it must give back exactly the rules the TOML
/// defines, and a damaged file must be refused rather than misread.
@Suite struct CompiledPackTests {
    static let rules = try! RulePack.load(directory: Fixtures.rulesDirectory, compilePatterns: true).rules
        + (try! RulePack.builtIn().rules)

    @Test func roundTripsEveryField() throws {
        var writer = CompiledPack.Writer()
        writer.rules(CompiledPackTests.rules)
        var reader = CompiledPack.Reader(bytes: writer.bytes)
        let result = reader.rules()
        let decoded = try #require(result)
        #expect(decoded.count == CompiledPackTests.rules.count)
        for (a, b) in zip(decoded, CompiledPackTests.rules) {
            #expect(a.id == b.id && a.category == b.category && a.severity == b.severity && a.message == b.message)
            #expect(a.hipaa == b.hipaa && a.remediation == b.remediation && a.languages == b.languages)
            #expect(a.keywords == b.keywords && a.pattern == b.pattern && a.unless == b.unless && a.unlessLines == b.unlessLines)
            #expect(a.contextWords == b.contextWords && a.contextLines == b.contextLines && a.validators == b.validators)
            #expect(a.paths == b.paths && a.excludePaths == b.excludePaths && a.overridable == b.overridable)
            #expect(a.triggers == b.triggers && a.nearMisses == b.nearMisses)
        }
    }

    @Test func damagedBytesAreRefused() {
        var writer = CompiledPack.Writer()
        writer.rules(CompiledPackTests.rules)
        for cut in [0, 1, 9, writer.bytes.count / 2, writer.bytes.count - 1] {
            var reader = CompiledPack.Reader(bytes: Array(writer.bytes.prefix(cut)))
            let result = reader.rules()
            #expect(result == nil, "accepted a file cut at \(cut)")
        }
        var flipped = writer.bytes
        flipped[0] = 99
        var reader = CompiledPack.Reader(bytes: flipped)
        let result = reader.rules()
        #expect(result == nil)
    }

    @Test func keyChangesWithContent() {
        let a = CompiledPack.key(files: [("a.toml", Array("x".utf8))])
        #expect(a != CompiledPack.key(files: [("a.toml", Array("y".utf8))]))
        #expect(a != CompiledPack.key(files: [("b.toml", Array("x".utf8))]))
    }
}
