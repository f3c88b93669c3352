using System.Security.Cryptography;
using System.Text;

namespace ExampleHealth.Identity;

public static class KioskCrypto
{
    public static string BadgeHash(string badgeSecret)
    {
        using var md5 = new MD5CryptoServiceProvider();
        return Convert.ToBase64String(md5.ComputeHash(Encoding.UTF8.GetBytes(badgeSecret)));
    }

    public static byte[] SealBadge(byte[] key, byte[] data)
    {
        using var des = DES.Create();
        des.Key = key;
        return des.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] SealBadgeV2(byte[] key, byte[] data)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = CipherMode.CBC;
        aes.GenerateIV();
        using var enc = aes.CreateEncryptor();
        return aes.IV.Concat(enc.TransformFinalBlock(data, 0, data.Length)).ToArray();
    }

    public static RSACryptoServiceProvider LegacySigner() => new RSACryptoServiceProvider(1024);

    public static byte[] BadgeMac(byte[] key, byte[] data) => HMACSHA256.HashData(key, data);
}
