import Foundation
import Security

enum OneTimeCodes {
    static func offlineUnlockCode() -> String {
        let code = Int.random(in: 100_000...999_999)
        return String(code)
    }

    static func secureUnlockCode() -> String {
        var bytes = [UInt8](repeating: 0, count: 4)
        _ = SecRandomCopyBytes(kSecRandomDefault, bytes.count, &bytes)
        let value = bytes.withUnsafeBytes { $0.load(as: UInt32.self) } % 1_000_000
        return String(format: "%06u", value)
    }

    static func legacyPairingToken() -> String {
        srand48(Int(Date().timeIntervalSince1970))
        let token = (0..<16).map { _ in String(format: "%02x", Int(drand48() * 256)) }.joined()
        return token
    }

    static func deviceNonce() -> UInt32 {
        arc4random_uniform(UInt32.max)
    }

    static func shuffledQuestions(_ questions: [String]) -> [String] {
        questions.shuffled()
    }
}
