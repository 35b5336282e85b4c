using Wolverine.Attributes;

namespace Briefing.Submission.Contracts;

/// <summary>An organisation that may submit items (a district, university, department ...).</summary>
[MessageIdentity("submission.organisation-registered")]
public sealed record OrganisationRegistered(string OrgId, string Name, string Kind, IReadOnlyList<string> Aliases);

public sealed record SeriesSection(string Key, string Title);

/// <summary>A briefing series: its sections in print order and what its footer says.</summary>
[MessageIdentity("submission.series-defined")]
public sealed record SeriesDefined(
    string SeriesId,
    string Title,
    string IssuingUnit,
    IReadOnlyList<SeriesSection> Sections,
    string Distribution,
    string? SubmissionEmail);
