using System.Security.Cryptography;
using System.Text;

namespace ExampleHealth.Security;

public static class TokenProtector
{
    public static string Fingerprint(string refreshToken)
    {
        using var sha = SHA256.Create();
        return Convert.ToHexString(sha.ComputeHash(Encoding.UTF8.GetBytes(refreshToken)));
    }

    public static byte[] DeriveKey(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 10000, HashAlgorithmName.SHA256);
        return kdf.GetBytes(32);
    }

    public static byte[] SealLegacy(byte[] key, byte[] token)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        aes.Mode = CipherMode.ECB;
        return aes.CreateEncryptor().TransformFinalBlock(token, 0, token.Length);
    }

    public static byte[] Protect(byte[] token) =>
        ProtectedData.Protect(token, null, DataProtectionScope.CurrentUser);
}
