namespace Briefing.EditorialReview.Tests;

/// <summary>What other modules answer, as far as review's tests read it.</summary>
public sealed record SubmissionView(Guid Id, string Status, long Version);

public sealed record Conflict(string Type, long? CurrentVersion);
