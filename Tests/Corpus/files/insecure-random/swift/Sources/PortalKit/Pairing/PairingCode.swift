import Foundation

struct PairingCode {
    static func legacyPin() -> String {
        String(format: "%04d", Int(arc4random_uniform(10_000)))
    }

    static func pairingCode() -> String {
        let code = (0..<6).map { _ in String(Int.random(in: 0...9)) }.joined()
        return code
    }

    static func deviceToken() -> String {
        UUID().uuidString
    }

    static func retryDelay() -> TimeInterval {
        Double.random(in: 0.5...1.5)
    }

    static func sessionSecret() -> String {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<24).map { _ in alphabet.randomElement()! })
    }
}
