using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Kernel;

/// <summary>The contract's optimistic concurrency: a change names the version it was made against.</summary>
public static class Versions
{
    /// <summary>
    /// Null when <paramref name="expected"/> is the <paramref name="current"/> version, else the 409
    /// version conflict. A change landing between this check and the save is caught by Marten, and
    /// answered with the same problem centrally.
    /// </summary>
    public static ProblemDetails? Check(long current, long? expected) =>
        expected is { } version && version != current ? Conflict(current) : null;

    public static ProblemDetails Conflict(long? current)
    {
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status409Conflict,
            Type = ProblemTypes.VersionConflict,
            Title = "Version conflict",
            Detail = "Someone else changed this since you read it. Read it again and retry with the current version.",
        };
        if (current is { } version)
        {
            problem.Extensions["currentVersion"] = version;
        }

        return problem;
    }
}
