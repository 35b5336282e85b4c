using Briefing.Publication.Contracts;
using Briefing.Kernel;

namespace Briefing.Publication;

/// <summary>Where an issue stands after a change: what the endpoints that change an issue answer.</summary>
public sealed record IssueState(Guid Id, int Number, long Version, IssueStatus Status) : IViewOf<Issue, IssueState>
{
    public static IssueState From(Issue issue) => new(issue.Id, issue.Number, issue.Version, issue.Status);
}
