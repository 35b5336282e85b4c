using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;

namespace Briefing.Audit.Record;

/// <summary>An issue as its events say it stood: rebuilt by the audit from the stored events alone.</summary>
public sealed class ReplayedIssue
{
    public Guid Id { get; set; }
    public int Number { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public IssueStatus Status { get; set; } = IssueStatus.Draft;
    public long Version { get; set; }
    public string? EditorNote { get; set; }
    public List<Placement> Placements { get; } = [];
    public Actor? SignedOffBy { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? ContentHash { get; set; }
    public string? ImportedFrom { get; set; }
    public IssueDocument? PublishedDocument { get; set; }
    public List<Erratum> Errata { get; } = [];

    /// <summary>What the issue printed then: the frozen document once published, else its placements with each item's text then.</summary>
    public required IssueDocument Document { get; set; }
}

/// <summary>
/// Replays the events of an issue record up to a point (an instant, or an event): its composition,
/// note and status from the issue's stream, each item's text from publication's item streams, the
/// masthead and sections from the series stream. Pure: events in, issue out.
/// </summary>
public static class IssueReplay
{
    private sealed record ItemText(string OrgId, string Headline, string Body);

    /// <returns>Null when no event of the issue itself is included (the issue did not exist yet).</returns>
    public static ReplayedIssue? Replay(IssueRecord record, Func<StoredEvent, bool> included)
    {
        var events = record.Events.Where(included).ToList();
        var issueEvents = events.Where(e => e.StreamId == record.IssueStream).ToList();
        if (issueEvents.Count == 0)
        {
            return null;
        }

        var issue = new ReplayedIssue { Document = null! };
        foreach (var stored in issueEvents)
        {
            Apply(issue, stored);
        }

        issue.Document = issue.PublishedDocument ?? Compose(issue, events, record);
        return issue;
    }

    private static void Apply(ReplayedIssue issue, StoredEvent stored)
    {
        var data = stored.Data;
        issue.Version = stored.Version;
        switch (stored.Type)
        {
            case "issue_created":
                issue.Id = data.Id("issueId") ?? stored.StreamId;
                issue.Number = data.Number("number") ?? 0;
                issue.PeriodStart = data.As<DateOnly>("periodStart");
                issue.PeriodEnd = data.As<DateOnly>("periodEnd");
                issue.EditorNote = data.Text("editorNote");
                break;
            case "issue_item_placed" when data.Id("itemId") is { } itemId:
                issue.Placements.Place(itemId, data.Text("section") ?? "", data.Number("position") ?? int.MaxValue);
                break;
            case "issue_item_moved" when data.Id("itemId") is { } itemId:
                issue.Placements.Move(itemId, data.Text("section") ?? "", data.Number("position") ?? int.MaxValue);
                break;
            case "issue_item_removed" when data.Id("itemId") is { } itemId:
                issue.Placements.RemoveItem(itemId);
                break;
            case "issue_imported":
                issue.ImportedFrom = data.Text("documentSha256");
                break;
            case "editor_note_changed":
                issue.EditorNote = data.Text("text");
                break;
            case "issue_signed_off":
                issue.Status = IssueStatus.SignedOff;
                issue.SignedOffBy = data.As<Actor>("chiefEditor");
                break;
            case "issue_sign_off_voided":
                issue.Status = IssueStatus.Draft;
                issue.SignedOffBy = null;
                break;
            case IssueRecord.IssuePublished:
                issue.Status = IssueStatus.Published;
                issue.PublishedAt = data.As<DateTimeOffset>("publishedAt");
                issue.ContentHash = data.Text("contentHash");
                issue.PublishedDocument = data.As<IssueDocument>("document");
                break;
            case "erratum_issued":
                issue.Errata.Add(new Erratum(data.Id("erratumId") ?? Guid.Empty, data.Id("itemId"), data.Text("text") ?? "",
                    data.As<DateTimeOffset>("issuedAt"), data.As<Actor>("chiefEditor") ?? Actor.System));
                break;
        }
    }

    /// <summary>The issue as it would have printed: the series' layout, the placements, each item's latest text among the events.</summary>
    private static IssueDocument Compose(ReplayedIssue issue, IReadOnlyList<StoredEvent> events, IssueRecord record)
    {
        var series = events.LastOrDefault(e => e.StreamId == record.SeriesStream && e.Type == "publication_series_registered")?.Data;
        var texts = new Dictionary<Guid, ItemText>();
        foreach (var stored in events)
        {
            if (record.ReadyItemOf(stored.StreamId) is not { } itemId)
            {
                continue;
            }

            if (stored.Type == "item_readied")
            {
                texts[itemId] = new ItemText(stored.Data.Text("orgId") ?? "", stored.Data.Text("headline") ?? "", stored.Data.Text("body") ?? "");
            }
            else if (stored.Type == "ready_item_revised" && texts.TryGetValue(itemId, out var text))
            {
                texts[itemId] = text with { Headline = stored.Data.Text("headline") ?? text.Headline, Body = stored.Data.Text("body") ?? text.Body };
            }
        }

        var sections = (series?.As<List<SectionLayout>>("sections") ?? [])
            .Select(section => new DocumentSection(section.Key, section.Title, issue.Placements.ItemsIn(section.Key)
                .Select(itemId => texts.TryGetValue(itemId, out var text)
                    ? new DocumentItem(itemId, text.OrgId, text.Headline, text.Body)
                    : new DocumentItem(itemId, "", "", ""))
                .ToList()))
            .ToList();
        return new IssueDocument(series?.Text("title") ?? "", issue.Number, issue.PeriodStart, issue.PeriodEnd, issue.EditorNote, sections,
            series?.Text("distribution") ?? "", series?.Text("submissionEmail"), series?.Text("issuingUnit") ?? "");
    }

    private sealed record SectionLayout(string Key, string Title);
}
