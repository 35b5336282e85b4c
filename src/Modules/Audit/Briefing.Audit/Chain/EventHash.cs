using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Briefing.Identity.Contracts;
using Briefing.Kernel;

namespace Briefing.Audit.Chain;

/// <summary>
/// The tamper-evidence hash of an event: SHA-256 over the canonical JSON of its stream, version,
/// type, data, actor, instant and the hash of the event before it in its stream ("" for a stream's
/// first event). Changing any of these in the database, moving an event to another stream, or
/// removing one, breaks the chain from there on.
/// </summary>
public static class EventHash
{
    /// <summary>The header the hash is stored under, beside the actor's.</summary>
    public const string Header = "hash";

    /// <summary>An event's place in its stream's chain: what the next event's hash builds on.</summary>
    public sealed record Link(Guid StreamId, long Version, string Hash, DateTimeOffset Instant)
    {
        public Link Next(string eventType, string dataJson, Actor actor, DateTimeOffset instant) =>
            new(StreamId, Version + 1, Of(StreamId, Version + 1, eventType, dataJson, actor, instant, Hash), instant);
    }

    public static string Of(Guid streamId, long version, string eventType, string dataJson, Actor actor, DateTimeOffset instant, string previous)
    {
        var input = new Dictionary<string, object>
        {
            ["actor"] = new Dictionary<string, string> { ["id"] = actor.Id, ["name"] = actor.Name },
            ["data"] = JsonDocument.Parse(dataJson).RootElement,
            ["instant"] = Instant(instant),
            ["previous"] = previous,
            ["stream"] = streamId.ToString("D"),
            ["type"] = eventType,
            ["version"] = version,
        };
        var canonical = CanonicalJson.Of(JsonSerializer.Serialize(input));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static string Instant(DateTimeOffset instant) =>
        StoredPrecision.Of(instant).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
