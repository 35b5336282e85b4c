namespace Briefing.Identity.SigningIn;

/// <summary>A person signed in to the console as the user, from that client address.</summary>
public sealed record SignedIn(Guid UserId, string Name, string Address, string? UserAgent);

/// <summary>
/// A sign-in was refused. <paramref name="UserId"/> is the user the name belongs to, if any;
/// <paramref name="Reason"/> is one of <see cref="SignInFailures"/>. Who tried is not known.
/// </summary>
public sealed record SignInFailed(string Name, Guid? UserId, string Address, string? UserAgent, string Reason);

/// <summary>The user ended their console session.</summary>
public sealed record SignedOut(Guid UserId, string Name, string Address);

/// <summary>Why a sign-in failed, as the record keeps it (the person trying is told only that name or password was wrong).</summary>
public static class SignInFailures
{
    public const string UnknownName = "unknown-name";
    public const string WrongPassword = "wrong-password";
    public const string NoPassword = "no-password";
    public const string Throttled = "throttled";
}
