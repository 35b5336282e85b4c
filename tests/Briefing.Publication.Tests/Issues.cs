using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using JasperFx.Events;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Publication.Tests;

/// <summary>
/// Series, ready items and issues in the states the decisions start from, built by the aggregates'
/// own Create and Apply (as Marten would, without a database).
/// </summary>
public static class Issues
{
    public const string SeriesId = "jyqs";
    public const int Number = 41;

    public static readonly Actor Chief = new("chief-1", "总编辑");

    /// <summary>A clock at a fixed instant, 2025-04-18 17:00 in Chongqing.</summary>
    public static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 4, 18, 9, 0, 0, TimeSpan.Zero));

    public static PublicationSeries Series() => PublicationSeries.Create(new PublicationSeriesRegistered(SeriesId, SampleBriefing.Title, SampleBriefing.IssuingUnit,
        [new SectionTitle("district", "区县动态"), new SectionTitle("university", "高校动态"), new SectionTitle("recent-work", "近期工作")],
        SampleBriefing.Distribution, SampleBriefing.SubmissionEmail));

    /// <summary>An accepted item in the pool of the series.</summary>
    public static ReadyItem Ready(string body = "开展校企合作座谈会。", string section = "district", string headline = "綦江区") =>
        ReadyItem.Create(new Event<ItemReadied>(new ItemReadied(Guid.NewGuid(), SeriesId, "qijiang", section, headline, body)) { Timestamp = Clock().GetUtcNow() });

    /// <summary>Issue 41, just created.</summary>
    public static Issue Draft(string? editorNote = null)
    {
        var issue = Issue.Create(new IssueCreated(Issue.StreamIdFor(SeriesId, Number), SeriesId, Number, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), editorNote));
        issue.Version = 1;
        return issue;
    }

    /// <summary>The issue with the items placed last in their sections, and the items placed in it.</summary>
    public static Issue Placing(this Issue issue, params ReadyItem[] items)
    {
        foreach (var item in items)
        {
            issue.Then(new IssueItemPlaced(item.ItemId, item.Section, issue.ItemsIn(item.Section).Count));
            item.Apply(new ReadyItemPlaced(issue.Number));
        }

        return issue;
    }

    /// <summary>The issue signed off by <see cref="Chief"/> as its items (all of them) read now.</summary>
    public static Issue SignedOff(this Issue issue, params ReadyItem[] items) =>
        issue.Then(new IssueSignedOff(DraftOf(issue, items).ContentHash, Chief));

    /// <summary>The issue published as its items read now.</summary>
    public static Issue Published(this Issue issue, params ReadyItem[] items)
    {
        var draft = DraftOf(issue, items);
        return issue.Then(new IssuePublished(draft.Document, draft.Markdown, draft.ContentHash, Clock().GetUtcNow()));
    }

    /// <summary>The draft as sign-off and publication load it: the series' layout and the items' current text.</summary>
    public static DraftText DraftOf(Issue issue, params ReadyItem[] items) => DraftText.Of(IssueDocuments.Draft(issue, Series(), items));

    /// <summary>The issue after one more event, one version on.</summary>
    public static Issue Then(this Issue issue, object @event)
    {
        ((dynamic)issue).Apply((dynamic)@event);
        issue.Version++;
        return issue;
    }

    public static ClaimsPrincipal SignedIn(Actor actor) =>
        new(new ClaimsIdentity([new Claim(BriefingClaims.UserId, actor.Id), new Claim(BriefingClaims.Name, actor.Name)], "test"));

    /// <summary>The events of a decision without the instant they are stored at (<see cref="Stamped"/>), and that instant.</summary>
    public static IEnumerable<object> Data(this IEnumerable<object> events) => events.Select(e => e is IEvent stamped ? stamped.Data : e);
}
