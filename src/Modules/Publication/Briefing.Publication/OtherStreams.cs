using Marten;
using Wolverine.Marten;

namespace Briefing.Publication;

/// <summary>
/// Events for streams besides the one Wolverine's aggregate workflow appends the returned events to
/// (the ready items an issue's change also changes, or the issue an item's edit reaches): a Marten
/// side effect, so the deciding method only returns them. A stream the endpoint or handler fetched
/// for writing keeps its optimistic concurrency: Marten appends these to the stream it fetched.
/// </summary>
public sealed class OtherStreams(params IEnumerable<(Guid StreamId, object Event)> events) : IMartenOp
{
    public IReadOnlyList<(Guid StreamId, object Event)> Events { get; } = [.. events];

    public void Execute(IDocumentSession session)
    {
        foreach (var (streamId, @event) in Events)
        {
            session.Events.Append(streamId, @event);
        }
    }
}
