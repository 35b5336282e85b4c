using Briefing.Identity.Contracts;

namespace Briefing.Identity.Tests.Authorizing;

/// <summary>
/// Who may call what: every /api endpoint the host maps, with the roles allowed. A new endpoint
/// adds its row here, or <see cref="AccessMatrixTests"/> fails.
/// </summary>
public static class AccessMatrix
{
    public sealed record Row(string Method, string Route, string SampleUrl, string[] AllowedRoles);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("POST", "/api/admin/users", "/api/admin/users", [Roles.Admin]),
        new("GET", "/api/admin/users", "/api/admin/users", [Roles.Admin]),
        new("DELETE", "/api/admin/users/{id}", $"/api/admin/users/{Guid.NewGuid()}", [Roles.Admin]),
    ];
}
