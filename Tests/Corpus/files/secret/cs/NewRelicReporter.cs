using System.Net.Http;
using System.Net.Http.Headers;

namespace ExampleHealth.Telemetry;

public sealed class NewRelicReporter
{
    private const string LicenseKey = "89776cb9dfa6d236496ed19119e6348c2ddeNRAL";
    private const string UserApiKey = "NRAK-7SVVILTJNGAV4SWJP15UN86N0LK";
    private const string AccountId = "3104417";
    private readonly HttpClient _http;

    public NewRelicReporter(HttpClient http)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("X-License-Key", Environment.GetEnvironmentVariable("NEW_RELIC_LICENSE_KEY"));
    }

    public async Task ReportAsync(string metricName, double value)
    {
        var body = new StringContent($"[{{\"metrics\":[{{\"name\":\"{metricName}\",\"value\":{value}}}]}}]");
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://metric-api.newrelic.com/metric/v1") { Content = body };
        request.Headers.Add("Api-Key", UserApiKey);
        await _http.SendAsync(request);
    }

    public string DashboardLink => $"https://one.newrelic.com/accounts/{AccountId}";
}
