import Foundation

enum APIConfig {
    static let baseURL = URL(string: "https://api.portal.example.org")!
    static let imagingURL = URL(string: "http://imaging.radiology.example.org/wado")!

    static func secureConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.tlsMinimumSupportedProtocolVersion = .TLSv12
        return configuration
    }

    static func kioskConfiguration() -> URLSessionConfiguration {
        let configuration = URLSessionConfiguration.default
        configuration.tlsMinimumSupportedProtocol = .tlsProtocol1
        return configuration
    }
}
