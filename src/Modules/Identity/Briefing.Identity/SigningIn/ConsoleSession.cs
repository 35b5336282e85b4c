using System.Security.Claims;
using JasperFx.Events;

namespace Briefing.Identity.SigningIn;

/// <summary>
/// One console session, from its sign-in to its sign-out (a stream of its own; Marten inline
/// snapshot). The cookie names the session; a session that ended refuses the cookie even if a copy
/// of it is replayed before it would have expired.
/// </summary>
public sealed class ConsoleSession
{
    public const string Claim = "briefing:session";

    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }

    public static ConsoleSession Create(IEvent<SignedIn> signedIn) => new() { Id = signedIn.StreamId, UserId = signedIn.Data.UserId, StartedAt = signedIn.Timestamp };

    public void Apply(IEvent<SignedOut> signedOut) => EndedAt = signedOut.Timestamp;

    public static Guid IdOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirst(Claim)?.Value, out var id) ? id : Guid.Empty;
}
