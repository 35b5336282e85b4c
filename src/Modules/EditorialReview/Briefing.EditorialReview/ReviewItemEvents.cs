using Briefing.Identity.Contracts;

namespace Briefing.EditorialReview;

/// <summary>A submitted item arrived for review (revision 1 is the contributor's text).</summary>
public sealed record ReviewOpened(
    Guid ItemId,
    string SeriesId,
    string OrgId,
    string? Section,
    string Headline,
    string Body,
    DateTimeOffset SubmittedAt);

/// <summary>The item came from an imported briefing, already published: it was never reviewed here.</summary>
/// <param name="PeriodEnd">The last day of the issue's period (absent in events stored before it was recorded): the item's day for search.</param>
public sealed record ReviewImported(Guid ItemId, string SeriesId, string OrgId, string Section, string Headline, string Body, int IssueNumber, string DocumentSha256, DateOnly? PeriodEnd = null);

/// <summary>The contributor revised the item; <see cref="Resubmitted"/> when it answers a request for changes.</summary>
public sealed record ContributorRevisionReceived(string Headline, string Body, string? Section, bool Resubmitted);

/// <summary>The contributor withdrew the item.</summary>
public sealed record ReviewWithdrawn(string? Reason);

/// <summary>An editor took the item up.</summary>
public sealed record ReviewClaimed(Actor Editor);

/// <summary>An editor took over an item another editor had claimed.</summary>
public sealed record ReviewTakenOver(Actor From, Actor To);

/// <summary>An editor changed the text: a new revision, with an optional note saying why.</summary>
public sealed record ReviewEdited(string Headline, string Body, string? Section, string? Note);

/// <summary>An editor commented (stored at the instant the comment was made: its timestamp says when).</summary>
public sealed record ReviewCommented(Guid CommentId, Actor Author, string Text, string? Quote);

public sealed record ReviewChangesRequested(string Reason);

public sealed record ReviewAccepted(string Section);

public sealed record ReviewRejected(string Reason);

// What publication did with the item, as review sees it.

public sealed record ReviewItemPlaced(int IssueNumber);

public sealed record ReviewItemUnplaced(int IssueNumber);

/// <summary>The item was published with this text (an edit that reached publication too late is not in it).</summary>
public sealed record ReviewItemPublished(int IssueNumber, string? Headline = null, string? Body = null);
