using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;

namespace Briefing.Audit.Record;

/// <summary>The streams an item lives in, one per module, all keyed by its one id (worked out once: each is a SHA-256).</summary>
public sealed record ItemStreams(Guid ItemId)
{
    public Guid Submission => ItemId;
    public Guid Review { get; } = ReviewStreams.Item(ItemId);
    public Guid Ready { get; } = PublicationStreams.ReadyItem(ItemId);
    public IEnumerable<Guid> All => [Submission, Review, Ready];
}

/// <summary>
/// Everything recorded about an issue: its own stream, its series as publication prints it, and the
/// whole life of every item ever placed in it, in one list ordered by the store's sequence.
/// </summary>
public sealed record IssueRecord(string SeriesId, int Number, Guid IssueStream, IReadOnlyList<ItemStreams> Items, IReadOnlyList<StoredEvent> Events)
{
    public const string IssuePublished = "issue_published";

    public Guid SeriesStream { get; } = PublicationStreams.Series(SeriesId);

    /// <summary>Each stream's module and item, looked up per event rather than searched for.</summary>
    private Dictionary<Guid, (string Module, Guid? ItemId)> Owners => _owners ??= Items
        .SelectMany(item => new[] { (item.Submission, (Module: "submission", (Guid?)item.ItemId)), (item.Review, ("editorial-review", item.ItemId)), (item.Ready, ("publication", item.ItemId)) })
        .Append((IssueStream, ("publication", null))).Append((SeriesStream, ("publication", null)))
        .ToDictionary(owner => owner.Item1, owner => owner.Item2);

    private Dictionary<Guid, (string Module, Guid? ItemId)>? _owners;

    public IEnumerable<StoredEvent> IssueEvents => Events.Where(e => e.StreamId == IssueStream);

    public IEnumerable<Guid> StreamIds => Items.SelectMany(item => item.All).Append(IssueStream).Append(SeriesStream);

    public StoredEvent? Published => IssueEvents.LastOrDefault(e => e.Type == IssuePublished);

    /// <summary>The module whose stream an event is in.</summary>
    public string ModuleOf(StoredEvent stored) => Owners.TryGetValue(stored.StreamId, out var owner) ? owner.Module : "submission";

    /// <summary>The module and item whose stream this is (the issue's and the series' are publication's, about no item).</summary>
    public (string Module, Guid? ItemId) OwnerOf(Guid streamId) => Owners.TryGetValue(streamId, out var owner) ? owner : ("submission", null);

    /// <summary>The item an event is about: the item whose stream it is in, or the item an issue event names.</summary>
    public Guid? ItemOf(StoredEvent stored) =>
        (Owners.TryGetValue(stored.StreamId, out var owner) ? owner.ItemId : null) ?? stored.Data.Id("itemId");

    /// <summary>The item whose publication stream (text as publication keeps it) this is, if any.</summary>
    public Guid? ReadyItemOf(Guid streamId) => Owners.TryGetValue(streamId, out var owner) && owner.Module == "publication" ? owner.ItemId : null;

    /// <summary>
    /// Each item's headline as of each event (by sequence: the latest headline any of its streams
    /// recorded up to and including that event), and its latest, worked out once in one pass.
    /// </summary>
    public ItemHeadlines Headlines => _headlines ??= ItemHeadlines.Of(this);

    private ItemHeadlines? _headlines;

    /// <returns>Null when the series has no such issue.</returns>
    public static async Task<IssueRecord?> LoadAsync(EventRecord record, string seriesId, int number, CancellationToken cancellationToken)
    {
        var issueStream = PublicationStreams.Issue(seriesId, number);
        var issueEvents = await record.EventsOfAsync([issueStream], cancellationToken);
        if (issueEvents.Count == 0)
        {
            return null;
        }

        var items = issueEvents.Where(e => e.Type == "issue_item_placed").Select(e => e.Data.Id("itemId")).OfType<Guid>().Distinct().Select(id => new ItemStreams(id)).ToList();
        var others = await record.EventsOfAsync([.. items.SelectMany(item => item.All), PublicationStreams.Series(seriesId)], cancellationToken);
        return new IssueRecord(seriesId, number, issueStream, items, [.. issueEvents.Concat(others).OrderBy(e => e.Sequence)]);
    }
}

/// <summary>The headline of each item as each event left it, and as the record ends.</summary>
public sealed class ItemHeadlines
{
    private readonly Dictionary<long, string> _asOf = [];
    private readonly Dictionary<Guid, string> _latest = [];

    /// <summary>The headline of the event's item as of that event; null when the event is about no item or none was recorded yet.</summary>
    public string? AsOf(StoredEvent stored) => _asOf.GetValueOrDefault(stored.Sequence);

    /// <summary>The item's latest headline in the record.</summary>
    public string? Latest(Guid itemId) => _latest.GetValueOrDefault(itemId);

    public static ItemHeadlines Of(IssueRecord record)
    {
        var headlines = new ItemHeadlines();
        foreach (var stored in record.Events)
        {
            if (record.ItemOf(stored) is not { } itemId)
            {
                continue;
            }

            // Only an item's own streams name its headline (submitted, revised, edited, readied); an issue's events never do.
            if (stored.StreamId != record.IssueStream && stored.Data.Text("headline") is { Length: > 0 } headline)
            {
                headlines._latest[itemId] = headline;
            }

            if (headlines._latest.TryGetValue(itemId, out var now))
            {
                headlines._asOf[stored.Sequence] = now;
            }
        }

        return headlines;
    }
}
