namespace Briefing.Publication.Tests;

/// <summary>What other modules answer about an item, as far as publication's tests read it: statuses as the contract's strings.</summary>
public sealed record ItemView(Guid Id, string Status, long Version);

/// <summary>A 409: its problem type, and the current version when it is a version conflict.</summary>
public sealed record Conflict(string Type, long? CurrentVersion);
