using System.Security.Cryptography;
using System.Text;

namespace ExampleHealth.Portal.Services;

public sealed class PinGenerator
{
    private static readonly Random Rng = new Random();

    public string NewKioskPin() => Rng.Next(1000, 10000).ToString();

    public string NewSecurePin() => RandomNumberGenerator.GetInt32(0, 10000).ToString("D4");

    public string NewResetToken()
    {
        var bytes = new byte[24];
        new Random().NextBytes(bytes);
        return Convert.ToBase64String(bytes);
    }

    public string NewRefreshToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string NewApiKey()
    {
        const string chars = "abcdefghijklmnopqrstuvwxyz0123456789";
        var sb = new StringBuilder("ehk_");
        for (var i = 0; i < 32; i++) sb.Append(chars[Random.Shared.Next(chars.Length)]);
        return sb.ToString();
    }

    public IEnumerable<T> SampleForReview<T>(IList<T> items, int n) =>
        items.OrderBy(_ => Random.Shared.Next()).Take(n);
}
