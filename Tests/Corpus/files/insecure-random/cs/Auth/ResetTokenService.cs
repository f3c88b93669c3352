using System.Security.Cryptography;

namespace ExampleHealth.Portal.Auth;

public sealed class ResetTokenService
{
    private readonly Random _random;
    private readonly IResetStore _store;

    public ResetTokenService(IResetStore store)
    {
        _store = store;
        _random = new Random(Environment.TickCount);
    }

    public string IssueResetCode(Guid userId)
    {
        var code = _random.Next(0, 1_000_000).ToString("D6");
        _store.Save(userId, code, DateTimeOffset.UtcNow.AddMinutes(15));
        return code;
    }

    public string IssueSessionSecret(Guid userId)
    {
        var secret = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        _store.SaveSecret(userId, secret);
        return secret;
    }

    public TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt) + Random.Shared.Next(0, 100));
}
