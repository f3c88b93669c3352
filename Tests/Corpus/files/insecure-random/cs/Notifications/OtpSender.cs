using System.Security.Cryptography;

namespace ExampleHealth.Portal.Notifications;

public sealed class OtpSender
{
    private readonly Random rnd = new Random();
    private readonly ISmsGateway _sms;
    private static readonly string[] BannerColors = { "#0B6E4F", "#08A045", "#6BBF59" };

    public OtpSender(ISmsGateway sms) => _sms = sms;

    public string SendLoginOtp(string phone)
    {
        var otp = rnd.Next(100000, 999999).ToString();
        _sms.Send(phone, $"Your sign-in code is {otp}");
        return otp;
    }

    public string SendLoginOtpSecure(string phone)
    {
        var otp = RandomNumberGenerator.GetInt32(100000, 1000000).ToString();
        _sms.Send(phone, $"Your sign-in code is {otp}");
        return otp;
    }

    public string PickBannerColor() => BannerColors[Random.Shared.Next(0, BannerColors.Length)];
}
