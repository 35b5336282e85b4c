using Briefing.Submission.Contracts;
using Briefing.EditorialReview.FindingSimilar;
using Briefing.EditorialReview.Linting;
using Briefing.Kernel;
using Briefing.Identity.Contracts;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Wolverine.Http;

namespace Briefing.EditorialReview.ReadingTheQueue;

/// <param name="SimilarCount">How many items of the last 180 days are close to this one (a likely duplicate when above 0; ADR 26).</param>
public sealed record QueueEntry(Guid Id, string OrgId, string Headline, ItemStatus Status, Actor? Assignee, DateTimeOffset SubmittedAt, int LintCount, int SimilarCount);

public static class ReviewQueueEndpoint
{
    /// <summary>Items waiting for an editor, oldest first, each with how many lint findings its text has.</summary>
    [WolverineGet("/api/review/queue")]
    [Authorize(Policy = Policies.Reader)]
    [Tags("Editorial review"), EndpointSummary("The review queue, oldest first")]
    [EndpointDescription("Lists the items waiting for review (submitted or in review), oldest first, each with its assignee, how many lint findings its text has and how many items of the last 180 days are close to it (similarCount, a likely duplicate); filtered by series.")]
    public static async Task<IReadOnlyList<QueueEntry>> Get(string? seriesId, IQuerySession session, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
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

        var similar = await FindSimilarItemsEndpoint.SimilarToAsync(store, items, ChinaTime.DayOf(clock.GetUtcNow()), cancellationToken);
        return items.Select(item => new QueueEntry(item.ItemId, item.OrgId, item.Headline, item.Status, item.Assignee, item.SubmittedAt,
                ChineseTextLinter.Lint(item.Body, settings[item.SeriesId]).Count, similar[item.ItemId].Count))
            .ToList();
    }
}
