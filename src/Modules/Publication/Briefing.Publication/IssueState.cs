namespace Briefing.Publication;

/// <summary>What a change of an issue answers: its version after the change and its status.</summary>
public sealed record IssueState(Guid Id, int Number, long Version, string Status)
{
    public static IssueState After(Issue issue, int eventsAppended, string? status = null) =>
        new(issue.Id, issue.Number, issue.Version + eventsAppended, status ?? issue.Status);
}
