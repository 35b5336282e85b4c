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

/// <summary>The contributor revised the item; <see cref="Resubmitted"/> when it answers a request for changes.</summary>
public sealed record ContributorRevisionReceived(string Headline, string Body, string? Section, bool Resubmitted);

/// <summary>The contributor withdrew the item.</summary>
public sealed record ReviewWithdrawn(string? Reason);
