using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Kernel;

/// <summary>The contract's problem details, built the same way by every module.</summary>
public static class Problems
{
    public static ValidationProblemDetails Validation(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request is not valid",
            Detail = message,
        };

    public static ProblemDetails NotFound(string detail) => new()
    {
        Status = StatusCodes.Status404NotFound,
        Title = "Not found",
        Detail = detail,
    };

    public static ProblemDetails InvalidState(string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.InvalidState,
        Title = "Not allowed in the current state",
        Detail = detail,
    };

    /// <summary>Something with that id already exists.</summary>
    public static ProblemDetails Conflict(string detail) => new()
    {
        Status = StatusCodes.Status409Conflict,
        Type = ProblemTypes.AlreadyExists,
        Title = "Already exists",
        Detail = detail,
    };

    public static ProblemDetails Forbidden(string detail) => new()
    {
        Status = StatusCodes.Status403Forbidden,
        Title = "Forbidden",
        Detail = detail,
    };
}
