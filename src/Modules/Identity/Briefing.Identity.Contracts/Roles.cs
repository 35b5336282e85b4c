namespace Briefing.Identity.Contracts;

/// <summary>A user's one role, as the contract names it.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Contributor = "contributor";
    public const string Editor = "editor";
    public const string ChiefEditor = "chief-editor";
    public const string Auditor = "auditor";

    public static IReadOnlyList<string> All { get; } = [Admin, Contributor, Editor, ChiefEditor, Auditor];
}
