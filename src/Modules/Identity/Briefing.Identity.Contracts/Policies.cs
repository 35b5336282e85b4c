namespace Briefing.Identity.Contracts;

/// <summary>
/// The authorization policies every endpoint names (<c>[Authorize(Policy = Policies.Editor)]</c>),
/// one per role, each admitting the roles the contract lets do that role's work.
/// </summary>
public static class Policies
{
    /// <summary>Manage users, organisations and series: admin.</summary>
    public const string Admin = "admin";

    /// <summary>Submit items: contributors (for their own organisation), editors, chief editors, admins.</summary>
    public const string Contributor = "contributor";

    /// <summary>Review, edit, assemble, import, preview: editors, chief editors, admins.</summary>
    public const string Editor = "editor";

    /// <summary>Sign off, publish, errata: chief editors.</summary>
    public const string ChiefEditor = "chief-editor";

    /// <summary>Set a series' scoring rules (采用统计): chief editors and admins.</summary>
    public const string ScoringRules = "scoring-rules";

    /// <summary>Read the editorial record (review, issues, renders): editors, chief editors, admins and auditors.</summary>
    public const string Reader = "reader";

    /// <summary>Read everything, history included: auditors, chief editors, admins.</summary>
    public const string Auditor = "auditor";

    /// <summary>Any signed-in user (reads of organisations and series).</summary>
    public const string AnyUser = "any-user";

    public static IReadOnlyDictionary<string, string[]> RolesAllowed { get; } = new Dictionary<string, string[]>
    {
        [Admin] = [Roles.Admin],
        [Contributor] = [Roles.Contributor, Roles.Editor, Roles.ChiefEditor, Roles.Admin],
        [Editor] = [Roles.Editor, Roles.ChiefEditor, Roles.Admin],
        [ChiefEditor] = [Roles.ChiefEditor],
        [ScoringRules] = [Roles.ChiefEditor, Roles.Admin],
        [Reader] = [Roles.Editor, Roles.ChiefEditor, Roles.Admin, Roles.Auditor],
        [Auditor] = [Roles.Auditor, Roles.ChiefEditor, Roles.Admin],
        [AnyUser] = [.. Roles.All],
    };
}
