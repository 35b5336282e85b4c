using System.Security.Cryptography;
using System.Text;

namespace Briefing.Kernel;

/// <summary>
/// Deterministic stream ids for things whose natural key is not a GUID (an organisation's slug) or
/// that another module already identifies (an item seen by a second module): the same kind and key
/// always give the same GUID, and different kinds never collide.
/// </summary>
public static class StreamKeys
{
    public static Guid For(string kind, string key)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}"), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80); // version 8: application-defined
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80); // RFC 9562 variant
        return new Guid(hash[..16], bigEndian: true);
    }

    public static Guid For(string kind, Guid key) => For(kind, key.ToString("N"));
}
