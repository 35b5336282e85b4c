using Briefing.Identity.Contracts;

namespace Briefing.Identity.Tests.Authorizing;

/// <summary>
/// Who may call what: every /api endpoint the host maps, with the roles allowed. A new endpoint
/// adds its row here, or <see cref="AccessMatrixTests"/> fails.
/// </summary>
public static class AccessMatrix
{
    /// <summary>A route, a URL to call it with, the roles allowed, and the body's content type for POST and PUT.</summary>
    public sealed record Row(string Method, string Route, string SampleUrl, string[] AllowedRoles, string ContentType = "application/json");

    private static readonly string[] Everyone = [.. Roles.All];
    private static readonly string[] Editors = [Roles.Editor, Roles.ChiefEditor, Roles.Admin];
    private const string Issue = "/api/series/no-such-series/issues/41";
    private const string AuditedIssue = "/api/audit/series/no-such-series/issues/41";
    private static readonly string[] Readers = [Roles.Editor, Roles.ChiefEditor, Roles.Admin, Roles.Auditor];
    private static readonly string[] Auditors = [Roles.Auditor, Roles.ChiefEditor, Roles.Admin];
    private static readonly string[] ChiefEditors = [Roles.ChiefEditor];
    private static readonly string[] Submitters = [Roles.Contributor, Roles.Editor, Roles.ChiefEditor, Roles.Admin];

    public static IReadOnlyList<Row> Rows { get; } =
    [
        new("POST", "/api/admin/users", "/api/admin/users", [Roles.Admin]),
        new("GET", "/api/admin/users", "/api/admin/users", [Roles.Admin]),
        new("DELETE", "/api/admin/users/{id}", $"/api/admin/users/{Guid.NewGuid()}", [Roles.Admin]),
        new("PUT", "/api/admin/users/{id}/password", $"/api/admin/users/{Guid.NewGuid()}/password", [Roles.Admin]),
        new("GET", "/api/session", "/api/session", Everyone),
        new("DELETE", "/api/session", "/api/session", Everyone),
        new("PUT", "/api/session/password", "/api/session/password", Everyone),
        new("GET", "/api/audit/sign-ins", "/api/audit/sign-ins", Auditors),
        new("POST", "/api/orgs", "/api/orgs", [Roles.Admin]),
        new("GET", "/api/orgs", "/api/orgs", Everyone),
        new("POST", "/api/series", "/api/series", [Roles.Admin]),
        new("GET", "/api/series", "/api/series", Everyone),
        new("GET", "/api/series/{seriesId}", "/api/series/no-such-series", Everyone),
        new("POST", "/api/submissions", "/api/submissions", Submitters),
        new("GET", "/api/submissions", "/api/submissions", Everyone),
        new("GET", "/api/submissions/{id}", $"/api/submissions/{Guid.NewGuid()}", Everyone),
        new("PUT", "/api/submissions/{id}", $"/api/submissions/{Guid.NewGuid()}", Submitters),
        new("POST", "/api/submissions/{id}/withdraw", $"/api/submissions/{Guid.NewGuid()}/withdraw", Submitters),
        new("GET", "/api/review/queue", "/api/review/queue", Readers),
        new("GET", "/api/review/items/{id}", $"/api/review/items/{Guid.NewGuid()}", Readers),
        new("GET", "/api/review/items/{id}/lint", $"/api/review/items/{Guid.NewGuid()}/lint", Readers),
        new("GET", "/api/review/items/{id}/similar", $"/api/review/items/{Guid.NewGuid()}/similar", Readers),
        new("GET", "/api/search", "/api/search?q=产教融合", Everyone),
        new("POST", "/api/review/items/{id}/claim", $"/api/review/items/{Guid.NewGuid()}/claim", Editors),
        new("POST", "/api/review/items/{id}/edits", $"/api/review/items/{Guid.NewGuid()}/edits", Editors),
        new("POST", "/api/review/items/{id}/comments", $"/api/review/items/{Guid.NewGuid()}/comments", Editors),
        new("POST", "/api/review/items/{id}/request-changes", $"/api/review/items/{Guid.NewGuid()}/request-changes", Editors),
        new("POST", "/api/review/items/{id}/accept", $"/api/review/items/{Guid.NewGuid()}/accept", Editors),
        new("POST", "/api/review/items/{id}/reject", $"/api/review/items/{Guid.NewGuid()}/reject", Editors),
        new("POST", "/api/review/items/{id}/lint/apply", $"/api/review/items/{Guid.NewGuid()}/lint/apply", Editors),
        new("PUT", "/api/review/series/{seriesId}/lint-rules", "/api/review/series/no-such-series/lint-rules", [Roles.Admin]),
        new("POST", "/api/series/{seriesId}/issues", "/api/series/no-such-series/issues", Editors),
        new("GET", "/api/series/{seriesId}/issues", "/api/series/no-such-series/issues", Readers),
        new("GET", "/api/series/{seriesId}/issues/{number}", $"{Issue}", Readers),
        new("GET", "/api/series/{seriesId}/ready-items", "/api/series/no-such-series/ready-items", Readers),
        new("POST", "/api/series/{seriesId}/issues/{number}/items", $"{Issue}/items", Editors),
        new("POST", "/api/series/{seriesId}/issues/{number}/items/{itemId}/move", $"{Issue}/items/{Guid.NewGuid()}/move", Editors),
        new("DELETE", "/api/series/{seriesId}/issues/{number}/items/{itemId}", $"{Issue}/items/{Guid.NewGuid()}?expectedVersion=1", Editors),
        new("PUT", "/api/series/{seriesId}/issues/{number}/editor-note", $"{Issue}/editor-note", Editors),
        new("POST", "/api/series/{seriesId}/issues/{number}/sign-off", $"{Issue}/sign-off", ChiefEditors),
        new("POST", "/api/series/{seriesId}/issues/{number}/publish", $"{Issue}/publish", ChiefEditors),
        new("POST", "/api/series/{seriesId}/issues/{number}/errata", $"{Issue}/errata", ChiefEditors),
        new("GET", "/api/series/{seriesId}/issues/{number}/render", $"{Issue}/render", Readers),
        new("POST", "/api/series/{seriesId}/import", "/api/series/no-such-series/import", Editors, "text/markdown"),
        new("GET", "/api/audit/series/{seriesId}/issues/{number}/history", $"{AuditedIssue}/history", Auditors),
        new("GET", "/api/audit/series/{seriesId}/issues/{number}/as-of", $"{AuditedIssue}/as-of", Auditors),
        new("GET", "/api/audit/series/{seriesId}/issues/{number}/verify", $"{AuditedIssue}/verify", Auditors),
        new("GET", "/api/audit/items/{id}/revisions", $"/api/audit/items/{Guid.NewGuid()}/revisions", Readers),
        new("GET", "/api/audit/items/{id}/diff", $"/api/audit/items/{Guid.NewGuid()}/diff", Readers),
        new("PUT", "/api/series/{seriesId}/scoring", "/api/series/no-such-series/scoring", [Roles.ChiefEditor, Roles.Admin]),
        new("GET", "/api/series/{seriesId}/scoring", "/api/series/no-such-series/scoring", Readers),
        new("POST", "/api/series/{seriesId}/issues/{number}/items/{itemId}/instructions", $"{Issue}/items/{Guid.NewGuid()}/instructions", Editors),
        new("GET", "/api/series/{seriesId}/issues/{number}/items/{itemId}/instructions", $"{Issue}/items/{Guid.NewGuid()}/instructions", Readers),
        new("GET", "/api/stats/organisations", "/api/stats/organisations?seriesId=no-such-series", Readers),
        new("PUT", "/api/series/{seriesId}/mailbox", "/api/series/no-such-series/mailbox", [Roles.Admin]),
        new("GET", "/api/series/{seriesId}/mailbox", "/api/series/no-such-series/mailbox", Editors),
        new("POST", "/api/series/{seriesId}/mailbox/poll", "/api/series/no-such-series/mailbox/poll", Editors),
        new("PUT", "/api/orgs/{orgId}/senders", "/api/orgs/no-such-org/senders", [Roles.Admin]),
        new("GET", "/api/orgs/{orgId}/senders", "/api/orgs/no-such-org/senders", Editors),
        new("GET", "/api/intake", "/api/intake", Editors),
        new("POST", "/api/intake/{id}/assign", $"/api/intake/{Guid.NewGuid()}/assign", Editors),
        new("POST", "/api/intake/{id}/discard", $"/api/intake/{Guid.NewGuid()}/discard", Editors),
    ];
}
