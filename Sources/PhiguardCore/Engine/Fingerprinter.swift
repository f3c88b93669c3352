import Crypto

/// Makes the fingerprint that identifies a finding across line moves: HMAC-SHA256 over
/// rule, file and the whitespace-normalised matched text.
///
/// It is keyed because an unkeyed hash of an SSN is a lookup table away from the SSN
/// (there are only 10^9 of them). The key comes from the repository (its root commit id,
/// or a configured secret), so fingerprints agree between a developer's clone and CI's
/// while staying useless to anyone holding only a trailer or a log line.
struct Fingerprinter: Sendable {
    private let key: SymmetricKey

    init(key: String) {
        self.key = SymmetricKey(data: Array(("phiguard-fingerprint:" + key).utf8))
    }

    func fingerprint(rule: String, file: String, matched: ArraySlice<UInt8>) -> String {
        var hmac = HMAC<SHA256>(key: key)
        hmac.update(data: Array(rule.utf8))
        hmac.update(data: [0])
        hmac.update(data: Array(file.utf8))
        hmac.update(data: [0])
        hmac.update(data: Fingerprinter.normalize(matched))
        return Digest.hex(hmac.finalize())
    }

    /// Runs of white space become one space, leading and trailing space goes: reindenting
    /// or rewrapping a line does not change what was matched.
    static func normalize(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                pendingSpace = !output.isEmpty
            } else {
                if pendingSpace { output.append(0x20); pendingSpace = false }
                output.append(byte)
            }
        }
        return output
    }
}
