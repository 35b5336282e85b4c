using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using JasperFx.Events;

namespace Briefing.Publication;

/// <summary>
/// A numbered issue of a series, addressed by series and number (<see cref="StreamIdFor"/>). Every
/// placement, move, removal, sign-off and erratum is an event of its stream.
/// </summary>
public sealed class Issue
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string SeriesId { get; set; } = "";
    public int Number { get; set; }
    public DateOnly PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public string? EditorNote { get; set; }
    public IssueStatus Status { get; set; } = IssueStatus.Draft;
    public List<Placement> Placements { get; set; } = [];

    /// <summary>The SHA-256 of the document an imported issue came from.</summary>
    public string? ImportedFrom { get; set; }

    /// <summary>How many times the text of a placed item changed while in this issue.</summary>
    public int ItemRevisions { get; set; }
    public Actor? SignedOffBy { get; set; }
    public string? SignedOffHash { get; set; }

    /// <summary>Why the last sign-off was voided, while the issue waits to be signed off again.</summary>
    public SignOffVoid? SignOffVoided { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? ContentHash { get; set; }
    public IssueDocument? PublishedDocument { get; set; }
    public string? PublishedMarkdown { get; set; }
    public List<Erratum> Errata { get; set; } = [];

    public static Guid StreamIdFor(string seriesId, int number) => PublicationStreams.Issue(seriesId, number);

    public static Issue Create(IssueCreated created) => new()
    {
        Id = created.IssueId,
        SeriesId = created.SeriesId,
        Number = created.Number,
        PeriodStart = created.PeriodStart,
        PeriodEnd = created.PeriodEnd,
        EditorNote = created.EditorNote,
    };

    public IReadOnlyList<Guid> ItemsIn(string section) => Placements.ItemsIn(section);

    public Placement? PlacementOf(Guid itemId) => Placements.Find(placement => placement.ItemId == itemId);

    public void Apply(IssueItemPlaced placed) => Placements.Place(placed.ItemId, placed.Section, placed.Position);

    public void Apply(IssueItemMoved moved) => Placements.Move(moved.ItemId, moved.Section, moved.Position);

    public void Apply(IssueItemRemoved removed) => Placements.RemoveItem(removed.ItemId);

    public void Apply(EditorNoteChanged changed) => EditorNote = changed.Text;

    /// <summary>The text is on the item's stream; the event is here so a racing sign-off conflicts. (Without an Apply, Marten would not move the snapshot's version.)</summary>
    public void Apply(IssueItemRevised revised) => ItemRevisions++;

    public void Apply(IssueImported imported) => ImportedFrom = imported.DocumentSha256;

    public void Apply(IssueSignedOff signedOff)
    {
        Status = IssueStatus.SignedOff;
        SignedOffHash = signedOff.ContentHash;
        SignedOffBy = signedOff.ChiefEditor;
        SignOffVoided = null;
    }

    public void Apply(IEvent<IssueSignOffVoided> voided)
    {
        Status = IssueStatus.Draft;
        SignOffVoided = new SignOffVoid(voided.Data.Reason, voided.Data.ItemId, SignedOffHash, voided.Timestamp);
        SignedOffHash = null;
        SignedOffBy = null;
    }

    public void Apply(IssuePublished published)
    {
        Status = IssueStatus.Published;
        PublishedAt = published.PublishedAt;
        ContentHash = published.ContentHash;
        PublishedDocument = published.Document;
        PublishedMarkdown = published.Markdown;
    }

    public void Apply(ErratumIssued issued) =>
        Errata.Add(new Erratum(issued.ErratumId, issued.ItemId, issued.Text, issued.IssuedAt, issued.ChiefEditor));
}
