using Briefing.Publication.CreatingIssues;
using Wolverine.Http;

namespace Briefing.Publication.Tests.CreatingIssues;

/// <summary>Creating an issue decided without a database: given what publication knows of the series and its numbers, this new stream or this problem.</summary>
public sealed class CreatingIssuesDecisionTests
{
    private static readonly CreateIssue Week = new(null, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), "本期聚焦校企合作。");

    [Fact]
    public void an_issue_starts_its_stream_with_its_number_period_and_note()
    {
        var numbering = new IssueNumbering(SeriesKnown: true, 42, Taken: false);

        Assert.Same(WolverineContinue.NoProblems, CreateIssueEndpoint.Validate(Issues.SeriesId, Week, numbering));
        var (created, stream) = CreateIssueEndpoint.Post(Issues.SeriesId, Week, numbering);

        var id = Issue.StreamIdFor(Issues.SeriesId, 42);
        Assert.Equal(("/api/series/jyqs/issues/42", new IssueCreatedResponse(id, 42, 1)), (created.Location, created.Value));
        Assert.Equal((id, typeof(Issue)), (stream.StreamId, stream.AggregateType));
        Assert.Equal([new IssueCreated(id, Issues.SeriesId, 42, Week.PeriodStart!.Value, Week.PeriodEnd!.Value, Week.EditorNote)], stream.Events);
    }

    [Fact]
    public void the_body_is_checked_before_the_series_and_the_number()
    {
        var unknown = new IssueNumbering(SeriesKnown: false, 0, Taken: false);

        var problem = CreateIssueEndpoint.Validate("no-such-series", Week with { PeriodEnd = new DateOnly(2025, 4, 13) }, unknown);

        Assert.Equal((400, "periodEnd may not be before periodStart."), (problem.Status, problem.Detail));
        Assert.Equal(400, CreateIssueEndpoint.Validate(Issues.SeriesId, Week with { Number = 0 }, unknown).Status);
        Assert.Equal(400, CreateIssueEndpoint.Validate(Issues.SeriesId, Week with { PeriodStart = null }, unknown).Status);
        Assert.Equal(400, CreateIssueEndpoint.Validate(Issues.SeriesId, Week with { EditorNote = new string('注', Kernel.TextLimits.Note + 1) }, unknown).Status);
    }

    [Fact]
    public void an_unknown_series_is_a_404_and_a_number_taken_a_409()
    {
        var noSeries = CreateIssueEndpoint.Validate("no-such-series", Week, new IssueNumbering(SeriesKnown: false, 0, Taken: false));
        var taken = CreateIssueEndpoint.Validate(Issues.SeriesId, Week with { Number = 41 }, new IssueNumbering(SeriesKnown: true, 41, Taken: true));

        Assert.Equal((404, "There is no series 'no-such-series'."), (noSeries.Status, noSeries.Detail));
        Assert.Equal((409, "/problems/already-exists", "Series 'jyqs' has an issue 41 already."), (taken.Status, taken.Type, taken.Detail));
    }
}
