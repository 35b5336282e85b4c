using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Linting;
using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.EditorialReview.ReadingTheQueue;

public sealed record QueueEntry(Guid Id, string OrgId, string Headline, ItemStatus Status, Actor? Assignee, DateTimeOffset SubmittedAt, int LintCount);

public static class ReviewQueueEndpoint
{
    /// <summary>Items waiting for an editor, oldest first, each with how many lint findings its text has.</summary>
    [WolverineGet("/api/review/queue")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Editorial review"), EndpointSummary("The review queue, oldest first")]
    [EndpointDescription("Lists the items waiting for review (submitted or in review), oldest first, each with its assignee and how many lint findings its text has; filtered by series.")]
    public static async Task<IReadOnlyList<QueueEntry>> Get(string? seriesId, IQuerySession session, CancellationToken cancellationToken)
    {
        IQueryable<ReviewItem> waiting = session.Query<ReviewItem>().Where(item => item.Status == ItemStatus.Submitted || item.Status == ItemStatus.InReview);
        if (seriesId is not null)
        {
            waiting = waiting.Where(item => item.SeriesId == seriesId);
        }

        var items = await waiting.OrderBy(item => item.SubmittedAt).ToListAsync(cancellationToken);
        var settings = new Dictionary<string, IReadOnlyDictionary<string, LintRuleSetting>>();
        foreach (var series in items.Select(item => item.SeriesId).Distinct())
        {
            settings[series] = await ReviewSeries.LintSettingsAsync(session, series, cancellationToken);
        }

        return items.Select(item => new QueueEntry(item.ItemId, item.OrgId, item.Headline, item.Status, item.Assignee, item.SubmittedAt,
                ChineseTextLinter.Lint(item.Body, settings[item.SeriesId]).Count))
            .ToList();
    }
}
