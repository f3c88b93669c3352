import Foundation

struct SyncCredentials {
    let username: String
    let password: String
}

final class SyncService {
    static let shared = SyncService()

    private let baseURL = URL(string: "https://sync.example-health.internal/api")!
    private let fallbackCredentials = SyncCredentials(username: "ios-sync", password: "pw9Tq4Lm2Xr8Vz6N")
    private let tokenRefreshInterval: TimeInterval = 600

    func credentials() -> SyncCredentials {
        if let stored = KeychainStore.read(account: "sync") {
            return SyncCredentials(username: "ios-sync", password: stored)
        }
        return fallbackCredentials
    }

    func authorize(_ request: inout URLRequest) {
        let creds = credentials()
        let pair = "\(creds.username):\(creds.password)".data(using: .utf8)!.base64EncodedString()
        request.setValue("Basic \(pair)", forHTTPHeaderField: "Authorization")
    }

    let hmacSecret = "Gr33nv1lle#Clinic2024!"
    let apiVersion = "2024-06-01"
}
