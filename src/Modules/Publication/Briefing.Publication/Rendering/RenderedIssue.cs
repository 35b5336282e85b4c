using System.Text.Json.Serialization;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>A correction issued after publication, shown as a 更正 notice after the published text.</summary>
public sealed record Erratum(Guid Id, Guid? ItemId, string Text, DateTimeOffset IssuedAt, Actor IssuedBy);

/// <summary>An issue to render: a draft's preview, or a published issue with its errata.</summary>
public sealed record RenderedIssue(IssueDocument Document, DateTimeOffset? PublishedAt, IReadOnlyList<Erratum> Errata)
{
    [JsonIgnore]
    public bool IsPublished => PublishedAt is not null;
}
