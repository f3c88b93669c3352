import CommonCrypto
import CryptoKit
import Foundation

enum CredentialStore {
    static func legacyPinHash(_ pin: String) -> String {
        let digest = Insecure.MD5.hash(data: Data(pin.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func pinHash(_ pin: String, salt: Data) -> String {
        let digest = SHA256.hash(data: salt + Data(pin.utf8))
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func deviceFingerprint(_ deviceID: String) -> String {
        Insecure.SHA1.hash(data: Data(deviceID.utf8)).description
    }

    static func seal(_ message: Data, key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(message, using: key).combined!
    }

    static func sealDeterministic(_ message: Data, key: SymmetricKey) throws -> Data {
        let nonce = try AES.GCM.Nonce(data: Data(count: 12))
        return try AES.GCM.seal(message, using: key, nonce: nonce).combined!
    }

    static func sealWithRandomNonce(_ message: Data, key: SymmetricKey) throws -> Data {
        try AES.GCM.seal(message, using: key, nonce: AES.GCM.Nonce()).combined!
    }

    static let legacyOptions = CCOptions(kCCOptionPKCS7Padding | kCCOptionECBMode)
    static let legacyAlgorithm = CCAlgorithm(kCCAlgorithm3DES)
}
