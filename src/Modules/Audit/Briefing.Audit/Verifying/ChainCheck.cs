using Briefing.Audit.Chain;
using Briefing.Audit.Record;

namespace Briefing.Audit.Verifying;

/// <summary>
/// The first broken link of a chain. <see cref="Kind"/> says what broke (<see cref="BreakKinds"/>); the module, item,
/// headline and <see cref="Words"/> (one Chinese sentence naming the stream, the event and what was expected) are
/// filled in by the verify answer, which knows whose stream it is.
/// </summary>
public sealed record BrokenLink(Guid StreamId, long Version, long? Sequence, string? EventType, string Reason, string Kind)
{
    public string Module { get; init; } = "";
    public Guid? ItemId { get; init; }
    public string? Headline { get; init; }
    public string Words { get; init; } = "";
}

/// <summary>What can break in a chain, in the contract's words.</summary>
public static class BreakKinds
{
    public const string MissingStream = "missing-stream";
    public const string MissingEvent = "missing-event";
    public const string NoHash = "no-hash";
    public const string HashMismatch = "hash-mismatch";
    public const string EventsRemoved = "events-removed";
}

public sealed record ChainReport(int Events, bool Intact, BrokenLink? FirstBroken);

/// <summary>
/// Walks the hash chain of each stream: versions 1..n without a gap, each event's hash recomputed
/// from its stored type, data, actor and instant and the stored hash before it, and the stream's
/// recorded version equal to its last event's; and every stream that must exist does. The first
/// broken link is the earliest in the store.
/// </summary>
public static class ChainCheck
{
    public static ChainReport Walk(IReadOnlyList<StoredEvent> events, IReadOnlyDictionary<Guid, long> streamVersions, IEnumerable<Guid> requiredStreams)
    {
        var broken = new List<BrokenLink>();
        foreach (var streamId in requiredStreams.Concat(events.Select(e => e.StreamId)).Concat(streamVersions.Keys).Distinct())
        {
            if (FirstBreakIn(streamId, [.. events.Where(e => e.StreamId == streamId).OrderBy(e => e.Version)], streamVersions.GetValueOrDefault(streamId)) is { } link)
            {
                broken.Add(link);
            }
        }

        var first = broken.OrderBy(link => link.Sequence ?? long.MaxValue).ThenBy(link => link.Version).FirstOrDefault();
        return new ChainReport(events.Count, first is null, first);
    }

    private static BrokenLink? FirstBreakIn(Guid streamId, IReadOnlyList<StoredEvent> stream, long recordedVersion)
    {
        if (stream.Count == 0 && recordedVersion == 0)
        {
            return new BrokenLink(streamId, 1, null, null, "The stream is missing: the record says it exists, but it has no events and no stream row.", BreakKinds.MissingStream);
        }

        var previous = "";
        var expected = 1L;
        foreach (var stored in stream)
        {
            if (stored.Version != expected)
            {
                return new BrokenLink(streamId, expected, stored.Sequence, null, $"Event {expected} of the stream is missing (the next one stored is {stored.Version}).", BreakKinds.MissingEvent);
            }

            if (stored.StoredHash is not { } hash)
            {
                return new BrokenLink(streamId, stored.Version, stored.Sequence, stored.Type, "The event carries no hash.", BreakKinds.NoHash);
            }

            if (EventHash.Of(streamId, stored.Version, stored.Type, stored.DataJson, stored.Actor, stored.Timestamp, previous) != hash)
            {
                return new BrokenLink(streamId, stored.Version, stored.Sequence, stored.Type,
                    "The event's type, data, actor or instant is not what was hashed when it was stored, or the event before it was replaced.", BreakKinds.HashMismatch);
            }

            previous = hash;
            expected++;
        }

        return recordedVersion >= expected
            ? new BrokenLink(streamId, expected, null, null, $"The stream records version {recordedVersion} but its last stored event is {expected - 1}: events were removed.", BreakKinds.EventsRemoved)
            : null;
    }
}
