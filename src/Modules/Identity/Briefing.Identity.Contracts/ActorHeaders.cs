namespace Briefing.Identity.Contracts;

/// <summary>
/// The names under which the actor travels: event metadata headers (which the audit reads) and
/// message envelope headers.
/// </summary>
public static class ActorHeaders
{
    public const string Id = "actor-id";
    public const string Name = "actor-name";

    public static Actor? From(IReadOnlyDictionary<string, string?> headers) =>
        headers.TryGetValue(Id, out var id) && id is not null
            ? new Actor(id, headers.TryGetValue(Name, out var name) && name is not null ? name : id)
            : null;
}
