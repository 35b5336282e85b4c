using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Briefing.Identity;

/// <summary>
/// Bearer tokens: <c>brf_</c> and 32 random bytes (base64url), so secret scanners can recognise a
/// leaked one. Only a SHA-256 fingerprint is stored: its first 8 bytes find the user, the whole
/// hash is compared in constant time.
/// </summary>
public static class AccessTokens
{
    public const string Prefix = "brf_";

    public static string Generate() => Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static (string Lookup, string Hash) Fingerprint(string token)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        return (hash[..16], hash);
    }

    public static bool Matches(string token, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(token)),
            Convert.FromHexString(storedHash));
}
