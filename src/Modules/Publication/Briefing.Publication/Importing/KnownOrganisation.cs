using Briefing.Submission.Contracts;

namespace Briefing.Publication.Importing;

/// <summary>Publication's list of organisations (from <see cref="OrganisationRegistered"/>), to match the names an imported briefing uses.</summary>
public sealed class KnownOrganisation
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];

    public bool IsNamed(string name) => Name == name || Aliases.Contains(name);
}
