using System.Text.RegularExpressions;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Identity.ManagingUsers;

/// <summary>What makes a user valid, for the API and the command line alike.</summary>
public static partial class UserRules
{
    public const int MaxNameLength = 100;

    /// <summary><see cref="WolverineContinue.NoProblems"/>, or a 400 naming the field.</summary>
    public static ProblemDetails Check(string? name, string? role, string? orgId)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return Problems.Validation("name", "name is required.");
        }

        if (name.Length > MaxNameLength || name.Any(char.IsControl))
        {
            return Problems.Validation("name", $"name must be at most {MaxNameLength} characters, without control characters.");
        }

        if (role is null || !Roles.All.Contains(role))
        {
            return Problems.Validation("role", $"role must be one of: {string.Join(", ", Roles.All)}.");
        }

        if (role == Roles.Contributor && (orgId is null || !Slug().IsMatch(orgId)))
        {
            return Problems.Validation("orgId", "a contributor needs orgId, the id of the organisation it submits for ([a-z0-9][a-z0-9-]{1,63}).");
        }

        if (role != Roles.Contributor && orgId is not null)
        {
            return Problems.Validation("orgId", "only contributors are bound to an organisation.");
        }

        return WolverineContinue.NoProblems;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$")]
    private static partial Regex Slug();
}
