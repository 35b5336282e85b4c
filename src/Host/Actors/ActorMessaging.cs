using Briefing.Identity.Contracts;
using Wolverine;

namespace Briefing.Host.Actors;

/// <summary>Carries the actor on every outgoing message: the sender's envelope's actor, else the current one.</summary>
public sealed class ActorEnvelopeRule : IEnvelopeRule
{
    public void Modify(Envelope envelope) => Stamp(envelope, CurrentActor.Value ?? Actor.System, overwrite: false);

    public void ApplyCorrelation(IMessageContext originator, Envelope outgoing)
    {
        if (originator.Envelope is { } incoming && ActorHeaders.From(incoming.Headers) is { } actor)
        {
            Stamp(outgoing, actor, overwrite: true);
        }
    }

    private static void Stamp(Envelope envelope, Actor actor, bool overwrite)
    {
        if (overwrite || !envelope.Headers.ContainsKey(ActorHeaders.Id))
        {
            envelope.Headers[ActorHeaders.Id] = actor.Id;
            envelope.Headers[ActorHeaders.Name] = actor.Name;
        }
    }
}

/// <summary>Wolverine middleware: a message is handled as the actor it carries (the system when it carries none).</summary>
public static class ActorFromEnvelope
{
    public static void Before(Envelope envelope) => CurrentActor.Set(ActorHeaders.From(envelope.Headers) ?? Actor.System);
}
