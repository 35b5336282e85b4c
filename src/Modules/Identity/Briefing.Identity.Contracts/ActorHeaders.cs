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
        From(headers.GetValueOrDefault(Id), headers.GetValueOrDefault(Name));

    /// <summary>The actor the two header values name; an actor recorded without a name goes by its id.</summary>
    public static Actor? From(string? id, string? name) => id is null ? null : new Actor(id, name ?? id);
}
