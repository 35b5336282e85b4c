namespace Briefing.Host.Startup;

/// <summary>Configuration mistakes caught before anything starts, each with a message saying what to change.</summary>
public static class StartupChecks
{
    public const string BootstrapAdminTokenKey = "Briefing:BootstrapAdminToken";
    public const int MinimumTokenLength = 32;

    public static void Validate(IConfiguration configuration)
    {
        if (configuration[BootstrapAdminTokenKey] is { Length: > 0 and < MinimumTokenLength })
        {
            throw new StartupException($"Briefing__BootstrapAdminToken must be at least {MinimumTokenLength} characters long.");
        }
    }
}
