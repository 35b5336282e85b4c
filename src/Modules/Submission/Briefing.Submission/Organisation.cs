using Briefing.Kernel;
using Briefing.Submission.Contracts;
using Wolverine.Marten;

namespace Briefing.Submission;

/// <summary>An organisation was registered.</summary>
public sealed record OrganisationCreated(string OrgId, string Name, string Kind, IReadOnlyList<string> Aliases);

/// <summary>The addresses whose mail counts as the organisation's (lower case); they replace the ones it had.</summary>
public sealed record SendersSet(string OrgId, IReadOnlyList<string> Addresses);

/// <summary>An organisation that submits items; its stream id derives from its slug.</summary>
public sealed class Organisation
{
    public const string StreamKind = "organisation";
    public static readonly IReadOnlyList<string> Kinds = ["district", "university", "department", "enterprise", "other"];

    public Guid Id { get; set; }
    public long Version { get; set; }
    public string OrgId { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public IReadOnlyList<string> Aliases { get; set; } = [];

    /// <summary>The e-mail addresses whose mail to a series' mailbox becomes this organisation's submission (lower case).</summary>
    public List<string> Senders { get; set; } = [];

    public static Guid StreamIdFor(string orgId) => StreamKeys.For(StreamKind, orgId);

    /// <summary>What registering an organisation does: starts its stream; the message tells the other modules.</summary>
    public static (IStartStream Start, OrganisationRegistered Registered) Register(OrganisationCreated created) =>
        (MartenOps.StartStream<Organisation>(StreamIdFor(created.OrgId), created),
         new OrganisationRegistered(created.OrgId, created.Name, created.Kind, created.Aliases));

    public static Organisation Create(OrganisationCreated created) => new()
    {
        Id = StreamIdFor(created.OrgId),
        OrgId = created.OrgId,
        Name = created.Name,
        Kind = created.Kind,
        Aliases = created.Aliases,
    };

    public void Apply(SendersSet set) => Senders = [.. set.Addresses];
}
