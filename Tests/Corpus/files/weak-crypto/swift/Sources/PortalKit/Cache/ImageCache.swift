import CryptoKit
import Foundation

final class ImageCache {
    private let directory: URL

    init(directory: URL) {
        self.directory = directory
    }

    func cacheKey(for url: URL) -> String {
        let cacheKey = Insecure.MD5.hash(data: Data(url.absoluteString.utf8))
        return cacheKey.map { String(format: "%02x", $0) }.joined()
    }

    func seal(_ data: Data, key: SymmetricKey) throws -> Data {
        let nonce = try AES.GCM.Nonce(data: Data([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))
        return try AES.GCM.seal(data, using: key, nonce: nonce).combined!
    }

    func checksum(_ data: Data) -> String {
        SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }
}
