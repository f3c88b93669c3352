import Foundation

final class TelehealthSessionDelegate: NSObject, URLSessionDelegate {
    func urlSession(_ session: URLSession,
                    didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        guard let serverTrust = challenge.protectionSpace.serverTrust else {
            completionHandler(.performDefaultHandling, nil)
            return
        }
        completionHandler(.useCredential, URLCredential(trust: serverTrust))
    }
}

enum TelehealthEndpoints {
    static let rooms = URL(string: "http://video.telehealth.example.org/api/rooms")!
    static let tokens = URL(string: "https://video.telehealth.example.org/api/tokens")!  
    static let simulator = URL(string: "http://localhost:5001/api/rooms")!
}

final class TelehealthAPI {
    private let session = URLSession(configuration: .ephemeral, delegate: TelehealthSessionDelegate(), delegateQueue: nil)

    func createRoom(for appointmentID: String) async throws -> Data {
        var request = URLRequest(url: TelehealthEndpoints.rooms.appendingPathComponent(appointmentID))
        request.httpMethod = "POST"
        let (data, _) = try await session.data(for: request)
        return data
    }

    func joinToken(for roomID: String) async throws -> Data {
        let (data, _) = try await URLSession.shared.data(from: TelehealthEndpoints.tokens.appendingPathComponent(roomID))
        return data
    }
}
