import Foundation
import CryptoKit

struct SessionIDs {
    static func legacySessionID() -> String {
        let sessionID = (0..<32).map { _ in String(UInt8.random(in: 0...255), radix: 16) }.joined()
        return sessionID
    }

    static func sessionID() -> String {
        let key = SymmetricKey(size: .bits256)
        return key.withUnsafeBytes { Data($0).base64EncodedString() }
    }

    static func cardTint() -> Double {
        Double.random(in: 0...1)
    }

    static func resetCode() -> String {
        String(format: "%06d", Int(arc4random_uniform(1_000_000)))
    }

    static func legacyNonce() -> Int32 {
        srand(UInt32(time(nil)))
        return rand()
    }
}
