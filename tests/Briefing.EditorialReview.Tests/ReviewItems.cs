using System.Security.Claims;
using Briefing.Identity.Contracts;

namespace Briefing.EditorialReview.Tests;

/// <summary>Review items in the states the decisions start from, built by the aggregate's own Create and Apply (as Marten would, without a database).</summary>
public static class ReviewItems
{
    public static readonly Actor Editor = new("editor-1", "王编辑");
    public static readonly Actor OtherEditor = new("editor-2", "李编辑");

    public static ReviewItem Submitted(string? section = "district")
    {
        var item = ReviewItem.Create(new ReviewOpened(Guid.NewGuid(), "jyqs", "qijiang", section, "綦江区", "开展校企合作座谈会。", new DateTimeOffset(2026, 4, 14, 9, 0, 0, TimeSpan.FromHours(8))));
        item.Version = 1;
        return item;
    }

    public static ReviewItem InReview(Actor? editor = null, string? section = "district") =>
        Submitted(section).Then(new ReviewClaimed(editor ?? Editor));

    public static ReviewItem Accepted() => InReview().Then(new ReviewAccepted("district"));

    /// <summary>The item after one more event, one version on.</summary>
    public static ReviewItem Then(this ReviewItem item, object @event)
    {
        ((dynamic)item).Apply((dynamic)@event);
        item.Version++;
        return item;
    }

    public static ReviewSeries Series(params string[] sections) =>
        ReviewSeries.Create(new ReviewSeriesRegistered("jyqs", sections.Length > 0 ? sections : ["district", "university", "recent"]));

    public static ClaimsPrincipal SignedIn(Actor actor) =>
        new(new ClaimsIdentity([new Claim(BriefingClaims.UserId, actor.Id), new Claim(BriefingClaims.Name, actor.Name)], "test"));
}
