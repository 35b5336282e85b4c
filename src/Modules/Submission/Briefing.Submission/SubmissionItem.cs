using Briefing.Submission.Contracts;
using System.Security.Claims;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using JasperFx.Events;

namespace Briefing.Submission;

public static class ItemStatuses
{
    /// <summary>The contributor may revise the item before review starts, or when changes were requested.</summary>
    public static IReadOnlyList<ItemStatus> Revisable { get; } = [ItemStatus.Submitted, ItemStatus.ChangesRequested];

    /// <summary>The contributor may withdraw the item until it is accepted.</summary>
    public static IReadOnlyList<ItemStatus> Withdrawable { get; } = [ItemStatus.Submitted, ItemStatus.InReview, ItemStatus.ChangesRequested];
}

public sealed record ChangesRequest(string Reason, DateTimeOffset At);

/// <summary>A leader's instruction (批示) on the item, as an editor recorded it at <see cref="RecordedAt"/>.</summary>
public sealed record Instruction(Guid Id, string Leader, string Level, string Text, DateOnly GivenOn, Actor RecordedBy, DateTimeOffset RecordedAt);

/// <summary>An item as its contributor sees it: built from its events (inline snapshot), its stream id is the item's id.</summary>
public sealed class SubmissionItem
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string SeriesId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string? Section { get; set; }
    public string Headline { get; set; } = "";
    public string Body { get; set; } = "";
    public DateOnly? HappenedOn { get; set; }
    public ItemStatus Status { get; set; } = ItemStatus.Submitted;
    public DateTimeOffset SubmittedAt { get; set; }
    public Actor SubmittedBy { get; set; } = Actor.System;
    public ChangesRequest? ChangesRequested { get; set; }

    /// <summary>The issue the item is placed in or was published in.</summary>
    public int? IssueNumber { get; set; }

    /// <summary>The day in China its issue was published (an imported item's: its issue's last day), the day the statistics count it on.</summary>
    public DateOnly? PublishedOn { get; set; }

    public List<Instruction> Instructions { get; set; } = [];
    /// <summary>The message the item came in, when it came by e-mail.</summary>
    public MailOrigin? Mail { get; set; }

    /// <summary>
    /// Whether <paramref name="user"/> may see the item: a contributor sees its own organisation's
    /// items only; to a contributor of another organisation the item is as if it did not exist.
    /// </summary>
    public bool IsVisibleTo(ClaimsPrincipal user) => user.MayActFor(OrgId);

    public static SubmissionItem Create(IEvent<ItemSubmitted> submitted) => new()
    {
        Id = submitted.Data.ItemId,
        SeriesId = submitted.Data.SeriesId,
        OrgId = submitted.Data.OrgId,
        Section = submitted.Data.Section,
        Headline = submitted.Data.Headline,
        Body = submitted.Data.Body,
        HappenedOn = submitted.Data.HappenedOn,
        SubmittedAt = submitted.Timestamp,
        SubmittedBy = submitted.Data.SubmittedBy,
        Mail = submitted.Data.Mail,
    };

    public static SubmissionItem Create(IEvent<SubmissionImported> imported) => new()
    {
        Id = imported.Data.ItemId,
        SeriesId = imported.Data.SeriesId,
        OrgId = imported.Data.OrgId,
        Section = imported.Data.Section,
        Headline = imported.Data.Headline,
        Body = imported.Data.Body,
        Status = ItemStatus.Published,
        SubmittedAt = imported.Timestamp,
        SubmittedBy = imported.Data.ImportedBy,
        IssueNumber = imported.Data.IssueNumber,
        PublishedOn = imported.Data.PeriodEnd ?? ChinaTime.DayOf(imported.Timestamp),
    };

    public void Apply(ItemRevised revised)
    {
        Headline = revised.Headline;
        Body = revised.Body;
        Section = revised.Section;
        if (Status == ItemStatus.ChangesRequested)
        {
            Status = ItemStatus.Submitted;
        }
    }

    public void Apply(ItemWithdrawn withdrawn) => Status = ItemStatus.Withdrawn;

    public void Apply(SubmissionInReview inReview) => Status = ItemStatus.InReview;

    public void Apply(IEvent<SubmissionChangesRequested> requested)
    {
        Status = ItemStatus.ChangesRequested;
        ChangesRequested = new ChangesRequest(requested.Data.Reason, requested.Timestamp);
    }

    public void Apply(SubmissionAccepted accepted)
    {
        Status = ItemStatus.Accepted;
        Section = accepted.Section ?? Section;
    }

    public void Apply(SubmissionRejected rejected) => Status = ItemStatus.Rejected;

    public void Apply(SubmissionPlaced placed)
    {
        Status = ItemStatus.Placed;
        IssueNumber = placed.IssueNumber;
    }

    public void Apply(SubmissionUnplaced unplaced)
    {
        Status = ItemStatus.Accepted;
        IssueNumber = null;
    }

    public void Apply(IEvent<SubmissionPublished> published)
    {
        Status = ItemStatus.Published;
        IssueNumber = published.Data.IssueNumber;
        PublishedOn = ChinaTime.DayOf(published.Data.PublishedAt ?? published.Timestamp);
    }

    public void Apply(IEvent<InstructionGiven> given) =>
        Instructions.Add(new Instruction(given.Data.InstructionId, given.Data.Leader, given.Data.Level, given.Data.Text, given.Data.GivenOn, given.Data.RecordedBy, given.Timestamp));
}
