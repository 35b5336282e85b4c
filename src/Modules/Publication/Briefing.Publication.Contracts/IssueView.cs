using Briefing.Publication.Contracts;
using System.Text.Json.Serialization;
using Briefing.Identity.Contracts;

namespace Briefing.Publication.Contracts;

/// <summary>A correction issued after publication, shown as a 更正 notice after the published text.</summary>
public sealed record Erratum(Guid Id, Guid? ItemId, string Text, DateTimeOffset IssuedAt, Actor IssuedBy);

/// <summary>A sign-off that an edit voided: why (in words), the item edited if it was one, the hash that had been signed off, when.</summary>
public sealed record SignOffVoid(string Reason, Guid? ItemId, string? VoidedHash, DateTimeOffset At);

/// <summary>
/// An issue as the API shows it (GET .../issues/{number}); the audit shows an issue as it stood
/// at an instant in the same shape, with <see cref="AsOf"/>.
/// </summary>
public sealed record IssueView(
    Guid Id,
    string SeriesId,
    int Number,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    IssueStatus Status,
    long Version,
    string? EditorNote,
    IReadOnlyList<DocumentSection> Sections,
    Actor? SignedOffBy,
    DateTimeOffset? PublishedAt,
    string? ContentHash,
    IReadOnlyList<Erratum> Errata)
{
    /// <summary>The audit's instant, when this is the issue as it stood then.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The content hash the chief editor signed off, while the issue is signed off.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SignedOffHash { get; init; }

    /// <summary>Why the last sign-off was voided, while the issue is a draft waiting to be signed off again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public SignOffVoid? SignOffVoided { get; init; }

    /// <summary>The SHA-256 of the document an imported issue came from.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ImportedFrom { get; init; }
}
