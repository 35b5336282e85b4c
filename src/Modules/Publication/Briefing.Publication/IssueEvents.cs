using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;

namespace Briefing.Publication;

public sealed record IssueCreated(Guid IssueId, string SeriesId, int Number, DateOnly PeriodStart, DateOnly PeriodEnd, string? EditorNote);

/// <summary>An editor placed an item at a 0-based position within a section.</summary>
public sealed record IssueItemPlaced(Guid ItemId, string Section, int Position);

public sealed record IssueItemMoved(Guid ItemId, string Section, int Position);

/// <summary>An editor took the item out of the issue; it is back in the pool.</summary>
public sealed record IssueItemRemoved(Guid ItemId);

public sealed record EditorNoteChanged(string? Text);

/// <summary>An editor changed the text of a placed item (the text itself is on the item's stream).</summary>
public sealed record IssueItemRevised(Guid ItemId);

/// <summary>The chief editor signed off the issue as it rendered then (<see cref="ContentHash"/> of its Markdown).</summary>
public sealed record IssueSignedOff(string ContentHash, Actor ChiefEditor);

/// <summary>The text changed after sign-off (an item edited, the note changed): it must be signed off again.</summary>
public sealed record IssueSignOffVoided(string Reason, Guid? ItemId);

/// <summary>The issue was published: its document and canonical Markdown frozen, with the SHA-256 of the Markdown.</summary>
public sealed record IssuePublished(IssueDocument Document, string Markdown, string ContentHash, DateTimeOffset PublishedAt);

/// <summary>The issue was imported from an existing briefing: the document's SHA-256 and its name, if it had one.</summary>
public sealed record IssueImported(string DocumentSha256, string? DocumentName, int Items);

/// <summary>A correction to the published issue, optionally about one of its items.</summary>
public sealed record ErratumIssued(Guid ErratumId, Guid? ItemId, string Text, DateTimeOffset IssuedAt, Actor ChiefEditor);
