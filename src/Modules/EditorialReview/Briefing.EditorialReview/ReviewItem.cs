using Briefing.Submission.Contracts;
using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using System.Text.Json.Serialization;
using Briefing.EditorialReview.FindingSimilar;
using Briefing.EditorialReview.Searching;
using JasperFx.Events;

namespace Briefing.EditorialReview;

public sealed record ReviewComment(Guid Id, Actor Author, string Text, string? Quote, DateTimeOffset At)
{
    public static ReviewComment Of(ReviewCommented commented, DateTimeOffset at) =>
        new(commented.CommentId, commented.Author, commented.Text, commented.Quote, at);
}

/// <summary>
/// An item as editors review it: built from the review module's own stream for the item, whose id
/// derives from the item id (<see cref="StreamIdFor"/>). Every change of its text is a new revision.
/// </summary>
public sealed class ReviewItem
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public Guid ItemId { get; set; }
    public string SeriesId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string? Section { get; set; }
    public string Headline { get; set; } = "";
    public string Body { get; set; } = "";
    public ItemStatus Status { get; set; } = ItemStatus.Submitted;
    public Actor? Assignee { get; set; }
    public int Revision { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }

    /// <summary>The day search and similar items date the item by: the day of submission in China, or an imported item's period end.</summary>
    public DateOnly DatedOn { get; set; }

    /// <summary>The issue the item is placed in or was published in.</summary>
    public int? IssueNumber { get; set; }

    public List<ReviewComment> Comments { get; set; } = [];

    /// <summary>Search's index keys of the current text, a column of their own with a GIN index (ADR 26), never in the document's JSON.</summary>
    [JsonIgnore]
    public string[] SearchKeys => SearchGrams.Of(Headline, Body);

    /// <summary>The current text's MinHash band keys, a column of their own with a GIN index (ADR 26), never in the document's JSON.</summary>
    [JsonIgnore]
    public string[] SimilarityBands => Shingles.BandsOf(Headline, Body);

    public static Guid StreamIdFor(Guid itemId) => ReviewStreams.Item(itemId);

    /// <summary>What the other modules hear of an edit: publication keeps the text of an accepted or placed item (and voids a sign-off).</summary>
    public IEnumerable<object> Announce(ReviewEdited edited)
    {
        if (Status is ItemStatus.Accepted or ItemStatus.Placed)
        {
            yield return new AcceptedItemEdited(ItemId, edited.Headline, edited.Body, edited.Section!);
        }
    }

    public static ReviewItem Create(ReviewOpened opened) => new()
    {
        Id = StreamIdFor(opened.ItemId),
        ItemId = opened.ItemId,
        SeriesId = opened.SeriesId,
        OrgId = opened.OrgId,
        Section = opened.Section,
        Headline = opened.Headline,
        Body = opened.Body,
        SubmittedAt = opened.SubmittedAt,
        DatedOn = ChinaTime.DayOf(opened.SubmittedAt),
        Revision = 1,
    };

    public static ReviewItem Create(IEvent<ReviewImported> imported) => new()
    {
        Id = StreamIdFor(imported.Data.ItemId),
        ItemId = imported.Data.ItemId,
        SeriesId = imported.Data.SeriesId,
        OrgId = imported.Data.OrgId,
        Section = imported.Data.Section,
        Headline = imported.Data.Headline,
        Body = imported.Data.Body,
        SubmittedAt = imported.Timestamp,
        DatedOn = imported.Data.PeriodEnd ?? ChinaTime.DayOf(imported.Timestamp),
        IssueNumber = imported.Data.IssueNumber,
        Status = ItemStatus.Published,
        Revision = 1,
    };

    public void Apply(ContributorRevisionReceived revised)
    {
        Headline = revised.Headline;
        Body = revised.Body;
        Section = revised.Section;
        Revision++;
        if (revised.Resubmitted)
        {
            Status = Assignee is null ? ItemStatus.Submitted : ItemStatus.InReview;
        }
    }

    public void Apply(ReviewWithdrawn withdrawn) => Status = ItemStatus.Withdrawn;

    public void Apply(ReviewClaimed claimed)
    {
        Assignee = claimed.Editor;
        Status = ItemStatus.InReview;
    }

    public void Apply(ReviewTakenOver takenOver) => Assignee = takenOver.To;

    public void Apply(ReviewEdited edited)
    {
        Headline = edited.Headline;
        Body = edited.Body;
        Section = edited.Section;
        Revision++;
    }

    public void Apply(IEvent<ReviewCommented> commented) => Comments.Add(ReviewComment.Of(commented.Data, commented.Timestamp));

    public void Apply(ReviewChangesRequested requested) => Status = ItemStatus.ChangesRequested;

    public void Apply(ReviewAccepted accepted)
    {
        Status = ItemStatus.Accepted;
        Section = accepted.Section;
    }

    public void Apply(ReviewRejected rejected) => Status = ItemStatus.Rejected;

    public void Apply(ReviewItemPlaced placed)
    {
        Status = ItemStatus.Placed;
        IssueNumber = placed.IssueNumber;
    }

    public void Apply(ReviewItemUnplaced unplaced)
    {
        Status = ItemStatus.Accepted;
        IssueNumber = null;
    }

    public void Apply(ReviewItemPublished published)
    {
        Status = ItemStatus.Published;
        IssueNumber = published.IssueNumber;
        Headline = published.Headline ?? Headline;
        Body = published.Body ?? Body;
    }
}

public static class ReviewStatuses
{
    /// <summary>Editors may change the text while the item is in review, accepted or placed (polishing during assembly).</summary>
    public static IReadOnlyList<ItemStatus> Editable { get; } = [ItemStatus.InReview, ItemStatus.Accepted, ItemStatus.Placed];
}
