using System.Text.Json;
using Briefing.Identity.Contracts;

namespace Briefing.Audit.Record;

/// <summary>
/// An event as the database holds it: its data as stored JSON (nothing deserialised into a module's
/// types), the actor and the chain hash from its headers (<see cref="Actor.System"/> when no actor was recorded).
/// </summary>
public sealed record StoredEvent(long Sequence, Guid StreamId, long Version, string Type, DateTimeOffset Timestamp, Actor Actor, string? StoredHash, string DataJson)
{
    private JsonElement? _data;

    /// <summary>The data, parsed the first time it is read.</summary>
    public JsonElement Data => _data ??= JsonDocument.Parse(DataJson).RootElement;
}
