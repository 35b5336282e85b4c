using Briefing.Identity.Contracts;

namespace Briefing.Submission.FromOtherModules;

/// <summary>
/// The active contributors (liaison officers) of one organisation, as Identity announced them: the mail
/// intake acts as the organisation's one liaison when it has exactly one. Its id is the organisation's id.
/// </summary>
public sealed class OrganisationLiaisons
{
    public string Id { get; set; } = "";
    public List<Actor> Contributors { get; set; } = [];

    public OrganisationLiaisons With(Guid userId, string name) => new()
    {
        Id = Id,
        Contributors = [.. Contributors.Where(contributor => contributor.Id != userId.ToString()), new Actor(userId.ToString(), name)],
    };

    public OrganisationLiaisons Without(Guid userId) => new()
    {
        Id = Id,
        Contributors = [.. Contributors.Where(contributor => contributor.Id != userId.ToString())],
    };

    /// <summary>Who a message from <paramref name="address"/> is submitted by: the one liaison, else the address itself (<c>mail:&lt;address&gt;</c>).</summary>
    public static Actor AuthorOf(OrganisationLiaisons? liaisons, string address) =>
        liaisons?.Contributors is [var only] ? only : new Actor($"mail:{address}", address);
}
