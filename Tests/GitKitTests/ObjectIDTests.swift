import GitKit
import _PhiguardTestSupport
import Testing

/// `ObjectID`: the 40-hex form round-trips, anything else is refused.
@Suite struct ObjectIDTests {
    @Test func hexRoundTrips() throws {
        let hex = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
        let id = try #require(ObjectID(hex: hex))
        #expect(id.hex == hex)
        #expect(id.description == hex)
        #expect(ObjectID(hex: hex.uppercased()) == id)
        #expect(Set([id, ObjectID(hex: hex)!]).count == 1)
    }

    @Test(arguments: [
        "", "4b825dc", "4b825dc642cb6eb9a060e54bf8d69288fbee490g", "4b825dc642cb6eb9a060e54bf8d69288fbee49044",
    ])
    func malformedHexIsRefused(_ hex: String) {
        #expect(ObjectID(hex: hex) == nil)
    }
}
