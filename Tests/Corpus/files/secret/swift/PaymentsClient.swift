import Foundation

enum PaymentsConfig {
    static let stripeSecretKey = "sk_live_zno1Ry4k68r4mGbo2zgacULW"
    static let merchantIdentifier = "merchant.org.examplehealth.portal"

    static let stripePublishableKey = "pk_live_8eiiy7rQa7jw6bEIhN6kwkgi"
    static let keychainService = "org.examplehealth.portal.token"
}

final class PaymentsClient {
    private let session: URLSession
    private let apiKey: String

    init(session: URLSession = .shared) {
        self.session = session
        self.apiKey = Bundle.main.object(forInfoDictionaryKey: "PAYMENTS_API_KEY") as? String ?? ""
    }

    func chargeCopay(cents: Int, customer: String) async throws -> Data {
        var request = URLRequest(url: URL(string: "https://api.stripe.com/v1/payment_intents")!)
        request.httpMethod = "POST"
        request.setValue("Bearer \(PaymentsConfig.stripeSecretKey)", forHTTPHeaderField: "Authorization")
        request.httpBody = "amount=\(cents)&currency=usd&customer=\(customer)".data(using: .utf8)
        let (data, _) = try await session.data(for: request)
        return data
    }
}

struct SupportChat {
    let openAIKey = "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"
    let maxTokens = 256
    let model = "gpt-4o-mini"

    let passwordFieldPlaceholder = "Enter your password"
}
