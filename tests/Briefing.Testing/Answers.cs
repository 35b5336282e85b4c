namespace Briefing.Testing;

/// <summary>A problem as the contract writes it: the fields tests read.</summary>
public sealed record Problem(string? Type, int Status, string? Detail, long? CurrentVersion, IReadOnlyDictionary<string, string[]>? Errors);

/// <summary>What a module answers about an item, as far as another module's tests read it: its status as the contract's string, and its version.</summary>
public sealed record ItemView(Guid Id, string Status, long Version);
