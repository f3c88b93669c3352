import Foundation

struct ReplayGuard {
    static func requestNonce() -> UInt64 {
        let nonce = UInt64.random(in: 0...UInt64.max)
        return nonce
    }

    static func requestNonceSecure() -> UInt64 {
        var generator = SystemRandomNumberGenerator()
        return UInt64.random(in: 0...UInt64.max, using: &generator)
    }

    static func pollingInterval() -> TimeInterval {
        TimeInterval.random(in: 20...40)
    }
}
