using Briefing.Publication.Importing;
using Briefing.Submission.Contracts;
using Wolverine.Marten;

namespace Briefing.Publication.FromOtherModules;

/// <summary>Publication's list of organisations, to match the names an imported briefing uses.</summary>
public static class OrganisationRegisteredHandler
{
    public static StoreDoc<KnownOrganisation> Handle(OrganisationRegistered registered) =>
        MartenOps.Store(new KnownOrganisation { Id = registered.OrgId, Name = registered.Name, Aliases = [.. registered.Aliases] });
}
