using Briefing.Identity.Contracts;
using Wolverine;

namespace Briefing.Host.Actors;

/// <summary>
/// Carries the actor on every outgoing message: the actor of the message being handled when there
/// is one, else the current actor (the signed-in user of an HTTP request), else the system.
/// Wolverine calls <see cref="ApplyCorrelation"/> for cascaded and published messages.
/// </summary>
public sealed class ActorEnvelopeRule : IEnvelopeRule
{
    public void Modify(Envelope envelope)
    {
        if (!envelope.Headers.ContainsKey(ActorHeaders.Id))
        {
            Stamp(envelope, CurrentActor.Value ?? Actor.System);
        }
    }

    public void ApplyCorrelation(IMessageContext originator, Envelope outgoing) =>
        Stamp(outgoing, (originator.Envelope is { } incoming ? ActorHeaders.From(incoming.Headers) : null) ?? CurrentActor.Value ?? Actor.System);

    private static void Stamp(Envelope envelope, Actor actor)
    {
        envelope.Headers[ActorHeaders.Id] = actor.Id;
        envelope.Headers[ActorHeaders.Name] = actor.Name;
    }
}

/// <summary>Wolverine middleware: a message is handled as the actor it carries (the system when it carries none).</summary>
public static class ActorFromEnvelope
{
    public static void Before(Envelope envelope) => CurrentActor.Set(ActorHeaders.From(envelope.Headers) ?? Actor.System);
}
