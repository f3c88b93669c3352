using System.Security.Cryptography;

namespace ExampleHealth.Portal.Keys;

public static class PartnerKeys
{
    public static string NewReference() => Guid.NewGuid().ToString("N");

    public static string NewApiKey() => "pk_" + new Random().Next().ToString("x8") + new Random().Next().ToString("x8");

    public static string NewSigningSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
}
