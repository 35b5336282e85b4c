using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using JasperFx.Events;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.Tests;

/// <summary>
/// Submissions, series and organisations in the states the decisions start from, built by the
/// aggregates' own Create and Apply (as Marten would, without a database), and the users who ask.
/// </summary>
public static class SubmissionItems
{
    public const string SeriesId = "jiaoyu-qiangshi";
    public static readonly DateTimeOffset SubmittedAt = new(2026, 4, 14, 9, 0, 0, TimeSpan.FromHours(8));
    public static readonly Actor QijiangContributor = new("contributor-1", "綦江区联络员");
    public static readonly Actor Editor = new("editor-1", "王编辑");

    public static SubmissionItem Submitted(string? section = "district")
    {
        var submitted = new ItemSubmitted(Guid.NewGuid(), SeriesId, "qijiang", section, "綦江区", "初稿。", new DateOnly(2026, 4, 13), QijiangContributor);
        var item = SubmissionItem.Create(new Event<ItemSubmitted>(submitted) { Timestamp = SubmittedAt });
        item.Version = 1;
        return item;
    }

    public static SubmissionItem InReview() => Submitted().Then(new SubmissionInReview());

    public static SubmissionItem ChangesRequested() => InReview().Then(new SubmissionChangesRequested("请补充调研时间。"));

    public static SubmissionItem Accepted() => InReview().Then(new SubmissionAccepted("district"));

    /// <summary>The item after one more event, one version on; an event the item reads with its metadata is stamped <paramref name="at"/>.</summary>
    public static SubmissionItem Then(this SubmissionItem item, object @event, DateTimeOffset? at = null)
    {
        var readsPlain = typeof(SubmissionItem).GetMethod(nameof(SubmissionItem.Apply), [@event.GetType()]) is not null;
        ((dynamic)item).Apply(readsPlain ? @event : (dynamic)Stamped(@event, at ?? SubmittedAt.AddDays(1)));
        item.Version++;
        return item;
    }

    public static Series Series() => Submission.Series.Create(new SeriesCreated(SeriesId, "教育强市区县行简报", "教育强市区县行专班",
        [new SeriesSection("district", "区县动态"), new SeriesSection("university", "高校动态"), new SeriesSection("recent-work", "近期工作")],
        "市委教育工委", "jyqsqxxzb@163.com"));

    public static Organisation Organisation(string orgId = "qijiang", string name = "綦江区") =>
        Submission.Organisation.Create(new OrganisationCreated(orgId, name, "district", []));

    public static ClaimsPrincipal ContributorOf(string orgId, Actor? actor = null) =>
        SignedIn(actor ?? QijiangContributor, Roles.Contributor, new Claim(BriefingClaims.OrgId, orgId));

    public static ClaimsPrincipal SignedInEditor() => SignedIn(Editor, Roles.Editor);

    /// <summary>The fields a 400 names.</summary>
    public static IReadOnlyList<string> Fields(this ProblemDetails problem) =>
        problem is ValidationProblemDetails validation ? [.. validation.Errors.Keys] : [];

    private static ClaimsPrincipal SignedIn(Actor actor, string role, params Claim[] more) =>
        new(new ClaimsIdentity(
            [new Claim(BriefingClaims.UserId, actor.Id), new Claim(BriefingClaims.Name, actor.Name), new Claim(BriefingClaims.Role, role), .. more],
            "test", BriefingClaims.Name, BriefingClaims.Role));

    private static IEvent Stamped(object data, DateTimeOffset at)
    {
        var stamped = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        stamped.Timestamp = at;
        return stamped;
    }
}
