namespace Briefing.Publication;

/// <summary>An accepted item, with its text as accepted, joined its series' pool of ready items.</summary>
public sealed record ItemReadied(Guid ItemId, string SeriesId, string OrgId, string Section, string Headline, string Body);

/// <summary>An editor changed the text of the ready (or placed) item.</summary>
public sealed record ReadyItemRevised(string Headline, string Body, string Section);

public sealed record ReadyItemPlaced(int IssueNumber);

/// <summary>The item was taken out of an issue and is back in the pool.</summary>
public sealed record ReadyItemReturned(int IssueNumber);

public sealed record ReadyItemPublished(int IssueNumber);
