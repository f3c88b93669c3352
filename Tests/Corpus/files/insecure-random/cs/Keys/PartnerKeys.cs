using System.Security.Cryptography;

namespace ExampleHealth.Portal.Keys;

public static class PartnerKeys
{
    private const int KeyBytes = 48;
    private const string Prefix = "pk_";

    public static string NewReference() => Guid.NewGuid().ToString("N");

    public static string NewApiKey() => "pk_" + new Random().Next().ToString("x8") + new Random().Next().ToString("x8");

    public static string NewSigningSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public static bool LooksLikeKey(string value) =>
        value.StartsWith(Prefix, StringComparison.Ordinal) && value.Length > 8;
}
