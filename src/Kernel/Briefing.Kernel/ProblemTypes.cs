namespace Briefing.Kernel;

/// <summary>The <c>type</c> URIs of the contract's problem details (relative, resolved against the API).</summary>
public static class ProblemTypes
{
    public const string VersionConflict = "/problems/version-conflict";
    public const string InvalidState = "/problems/invalid-state";
    public const string AlreadyExists = "/problems/already-exists";
    public const string Unexpected = "/problems/unexpected";
    public const string DatabaseUnavailable = "/problems/database-unavailable";
}
