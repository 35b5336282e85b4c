using Briefing.Publication.Contracts;
using Marten;
using Wolverine;
using Wolverine.Marten;

namespace Briefing.Submission.FromOtherModules;

/// <summary>
/// An import named an organisation nobody had registered: it is registered (and the other modules
/// told) unless it is registered already.
/// </summary>
public static class DiscoveredOrganisationHandler
{
    public static Task<Organisation?> LoadAsync(OrganisationDiscovered discovered, IQuerySession session, CancellationToken cancellationToken) =>
        session.LoadAsync<Organisation>(Organisation.StreamIdFor(discovered.OrgId), cancellationToken);

    public static (IMartenOp, OutgoingMessages) Handle(OrganisationDiscovered discovered, Organisation? registered)
    {
        if (registered is not null)
        {
            return (MartenOps.Nothing(), []);
        }

        var (start, message) = Organisation.Register(new OrganisationCreated(discovered.OrgId, discovered.Name, discovered.Kind, []));
        return (start, [message]);
    }
}
