namespace Briefing.Identity;

public sealed class IdentityOptions
{
    /// <summary>Briefing:BootstrapAdminToken — the token the user <c>admin</c> must have at start-up.</summary>
    public string? BootstrapAdminToken { get; set; }

    /// <summary>Where a generated admin token is written when no admin exists.</summary>
    public string DataDirectory { get; set; } = ".briefing";

    /// <summary>Briefing:Auth:FailedAttemptsPerMinute — rejected tokens per client address before 429.</summary>
    public int FailedAttemptsPerMinute { get; set; } = 20;

    /// <summary>Briefing:Auth:SessionIdleMinutes — a console session ends after this long without a request.</summary>
    public int SessionIdleMinutes { get; set; } = 8 * 60;

    /// <summary>Briefing:Auth:SignInFailuresAllowed — failed sign-ins for one name before it is refused for a while.</summary>
    public int SignInFailuresAllowed { get; set; } = 5;

    /// <summary>Briefing:Auth:SignInLockMinutes — the window those failures are counted in, and how long a refusal lasts at most.</summary>
    public int SignInLockMinutes { get; set; } = 15;

    public TimeSpan SignInWindow => TimeSpan.FromMinutes(SignInLockMinutes);

    public TimeSpan SessionIdle => TimeSpan.FromMinutes(SessionIdleMinutes);
}
