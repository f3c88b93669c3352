using System.Security.Cryptography;
using System.Text;

namespace ExampleHealth.Security;

public static class LegacyCrypto
{
    public static string HashPassword(string password, string salt)
    {
        using var sha1 = SHA1.Create();
        return Convert.ToHexString(sha1.ComputeHash(Encoding.UTF8.GetBytes(salt + password)));
    }

    public static byte[] DeriveKey(string password, byte[] salt)
    {
        using var kdf = new Rfc2898DeriveBytes(password, salt, 1000);
        return kdf.GetBytes(32);
    }

    public static byte[] DeriveKeyV2(string password, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(password, salt, 600_000, HashAlgorithmName.SHA256, 32);

    public static byte[] EncryptLegacy(byte[] key, byte[] data)
    {
        using var tdes = TripleDES.Create();
        tdes.Key = key;
        tdes.Mode = CipherMode.ECB;
        return tdes.CreateEncryptor().TransformFinalBlock(data, 0, data.Length);
    }

    public static byte[] Encrypt(byte[] key, byte[] data, out byte[] nonce, out byte[] tag)
    {
        nonce = RandomNumberGenerator.GetBytes(AesGcm.NonceByteSizes.MaxSize);
        tag = new byte[16];
        var cipher = new byte[data.Length];
        using var aes = new AesGcm(key, 16);
        aes.Encrypt(nonce, data, cipher, tag);
        return cipher;
    }

    public static RSA ExportSigningKey() => RSA.Create(1024);

    public static int MinimumKeyBits => 3072;

    public static RSA ArchiveSigningKey() => RSA.Create(3072);
}
