using Briefing.Host.Tests.Probes.Sender;
using Marten;

namespace Briefing.Host.Tests.Probes.Watcher;

/// <summary>A second module handling the same message, so each module's copy is queued and handled separately.</summary>
public sealed class ProbeSighting
{
    public Guid Id { get; set; }
}

public static class ProbeSentHandler
{
    public static void Handle(ProbeSent message, IDocumentSession session) =>
        session.Store(new ProbeSighting { Id = message.Id });
}
