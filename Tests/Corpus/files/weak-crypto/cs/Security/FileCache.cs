using System.Security.Cryptography;
using System.Text;

namespace ExampleHealth.Security;

public sealed class ReportCipher
{
    private readonly byte[] _key;

    public ReportCipher(byte[] key) => _key = key;

    public byte[] Encrypt(byte[] plain)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.ECB;
        aes.Padding = PaddingMode.PKCS7;
        using var enc = aes.CreateEncryptor();
        return enc.TransformFinalBlock(plain, 0, plain.Length);
    }

    public byte[] EncryptCbc(byte[] plain)
    {
        using var aes = Aes.Create();
        aes.Key = _key;
        aes.Mode = CipherMode.CBC;
        aes.IV = new byte[16];
        using var enc = aes.CreateEncryptor();
        return enc.TransformFinalBlock(plain, 0, plain.Length);
    }

    public static string TokenHash(string resetToken) =>
        Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(resetToken)));

    public static int HashLength => 32;

    public static string ContentHash(byte[] file) => Convert.ToHexString(SHA256.HashData(file));
}
