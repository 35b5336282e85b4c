namespace Briefing.Identity.Contracts;

/// <summary>
/// The actor of the work in progress (the HTTP request, or the message being handled). The host
/// sets it and stamps it on every stored event and every outgoing message; code that appends
/// events does not pass it around.
/// </summary>
public static class CurrentActor
{
    private static readonly AsyncLocal<Actor?> Ambient = new();

    public static Actor? Value => Ambient.Value;

    /// <summary>Acts as <paramref name="actor"/> until the returned scope is disposed.</summary>
    public static IDisposable Use(Actor actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Scope(previous);
    }

    /// <summary>Sets the actor for the rest of the calling async flow (used by middleware that cannot wrap the work).</summary>
    public static void Set(Actor? actor) => Ambient.Value = actor;

    private sealed class Scope(Actor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
