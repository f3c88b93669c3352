import Foundation
import GRDB
import Security

final class SecureChartStore {
    private let directory: URL
    private let passphrase: String

    init(directory: URL, passphrase: String) {
        self.directory = directory
        self.passphrase = passphrase
    }

    func open() throws -> DatabaseQueue {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.usePassphrase(self.passphrase)
        }
        return try DatabaseQueue(path: directory.appendingPathComponent("patient-charts.sqlite").path, configuration: config)
    }

    func storeMemberId(_ memberId: String) {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrAccount as String: "insurance-member-id",
            kSecValueData as String: Data(memberId.utf8),
            kSecAttrAccessible as String: kSecAttrAccessibleWhenUnlockedThisDeviceOnly,
        ]
        SecItemAdd(query as CFDictionary, nil)
    }
}
