import CommonCrypto
import CryptoKit
import CryptoSwift
import Foundation

enum LegacyVault {
    static func sha1Hex(_ token: String) -> String {
        var digest = [UInt8](repeating: 0, count: Int(CC_SHA1_DIGEST_LENGTH))
        let data = Data(token.utf8)
        data.withUnsafeBytes { _ = CC_SHA1($0.baseAddress, CC_LONG(data.count), &digest) }
        return digest.map { String(format: "%02x", $0) }.joined()
    }

    static func sealLegacy(_ bytes: [UInt8], key: [UInt8]) throws -> [UInt8] {
        try AES(key: key, blockMode: ECB(), padding: .pkcs7).encrypt(bytes)
    }

    static func seal(_ data: Data, key: SymmetricKey) throws -> Data {
        try ChaChaPoly.seal(data, using: key).combined
    }

    static func fingerprint(_ data: Data) -> String {
        SHA512.hash(data: data).compactMap { String(format: "%02x", $0) }.joined()
    }

    static func sealCBC(_ bytes: [UInt8], key: [UInt8]) throws -> [UInt8] {
        try AES(key: key, blockMode: CBC(iv: Array("0000000000000000".utf8)), padding: .pkcs7).encrypt(bytes)
    }
}
