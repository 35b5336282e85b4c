using System.Text.Json;
using Briefing.Audit.Chain;
using Briefing.Identity.Contracts;

namespace Briefing.Audit.Record;

/// <summary>An event as the database holds it, data and headers as stored JSON (nothing deserialised into a module's types).</summary>
public sealed record StoredEvent(long Sequence, Guid StreamId, long Version, string Type, DateTimeOffset Timestamp, JsonElement Headers, string DataJson)
{
    public JsonElement Data { get; } = JsonDocument.Parse(DataJson).RootElement;

    public Actor Actor => ActorHeaders.From(Headers.ValueKind == JsonValueKind.Object
        ? Headers.EnumerateObject().ToDictionary(header => header.Name, header => header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString() : header.Value.GetRawText())
        : []) ?? Actor.System;

    public string? StoredHash =>
        Headers.ValueKind == JsonValueKind.Object && Headers.TryGetProperty(EventHash.Header, out var hash) && hash.ValueKind == JsonValueKind.String ? hash.GetString() : null;
}
