namespace Briefing.Identity;

public sealed class IdentityOptions
{
    /// <summary>Briefing:BootstrapAdminToken — the token the user <c>admin</c> must have at start-up.</summary>
    public string? BootstrapAdminToken { get; set; }

    /// <summary>Where a generated admin token is written when no admin exists.</summary>
    public string DataDirectory { get; set; } = ".briefing";

    /// <summary>Briefing:Auth:FailedAttemptsPerMinute — rejected tokens per client address before 429.</summary>
    public int FailedAttemptsPerMinute { get; set; } = 20;
}
