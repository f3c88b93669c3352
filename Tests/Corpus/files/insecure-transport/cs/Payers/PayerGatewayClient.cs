using System.Net.Http;
using System.Net.Security;
using System.Security.Authentication;

namespace ExampleHealth.Payers;

public static class PayerGatewayClient
{
    public static HttpClient CreateEligibilityClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => true,
        };
        return new HttpClient(handler)
        {
            BaseAddress = new Uri("http://payer-gateway.example.com/eligibility/"),
        };
    }

    public static HttpClient CreateClaimsClient()
    {
        var handler = new HttpClientHandler
        {
            SslProtocols = SslProtocols.Tls12 | SslProtocols.Tls13,
        };
        return new HttpClient(handler) { BaseAddress = new Uri("https://payer-gateway.example.com/claims/") };
    }

    public static HttpClient CreateRemitClient()
    {
        var handler = new HttpClientHandler { SslProtocols = SslProtocols.Tls | SslProtocols.Tls11 };
        return new HttpClient(handler) { BaseAddress = new Uri("https://remit.example.com/835/") };
    }

    public static HttpClient CreateStrictClient()
    {
        var handler = new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (message, cert, chain, errors) => errors == SslPolicyErrors.None,
        };
        return new HttpClient(handler);
    }
}
