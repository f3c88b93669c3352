using System.Net;
using System.Net.Http;

namespace ExampleHealth.Interfaces;

public static class LabInterfaceBootstrap
{
    public static void ConfigureLegacy()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12;
        ServicePointManager.ServerCertificateValidationCallback = delegate { return true; };
    }

    public static void ConfigureModern()
    {
        ServicePointManager.SecurityProtocol = SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13;
    }

    public static HttpClient ResultsClient() =>
        new HttpClient { BaseAddress = new Uri("http://lis.reflab.example.com/results/") };

    public static HttpClient OrdersClient() =>
        new HttpClient { BaseAddress = new Uri("https://lis.reflab.example.com/orders/") };

    public static HttpClient LocalSimulator() =>
        new HttpClient { BaseAddress = new Uri("http://localhost:5080/") };
}
