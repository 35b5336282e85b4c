using Briefing.Kernel;
using Briefing.Publication.Contracts;
using JasperFx.Events;

namespace Briefing.Publication;

/// <summary>
/// An accepted item as publication sees it: its current text and the issue it is placed in, if
/// any. Its stream (id from the item id) serialises placements: an item sits in one issue at most.
/// </summary>
public sealed class ReadyItem
{
    public Guid Id { get; set; }
    public Guid ItemId { get; set; }
    public string SeriesId { get; set; } = "";
    public string OrgId { get; set; } = "";
    public string Section { get; set; } = "";
    public string Headline { get; set; } = "";
    public string Body { get; set; } = "";
    public DateTimeOffset AcceptedAt { get; set; }
    public int? IssueNumber { get; set; }
    public bool Published { get; set; }

    public static Guid StreamIdFor(Guid itemId) => PublicationStreams.ReadyItem(itemId);

    public static ReadyItem Create(IEvent<ItemReadied> readied) => new()
    {
        Id = StreamIdFor(readied.Data.ItemId),
        ItemId = readied.Data.ItemId,
        SeriesId = readied.Data.SeriesId,
        OrgId = readied.Data.OrgId,
        Section = readied.Data.Section,
        Headline = readied.Data.Headline,
        Body = readied.Data.Body,
        AcceptedAt = readied.Timestamp,
    };

    public void Apply(ReadyItemRevised revised)
    {
        Headline = revised.Headline;
        Body = revised.Body;
        Section = revised.Section;
    }

    public void Apply(ReadyItemPlaced placed) => IssueNumber = placed.IssueNumber;

    public void Apply(ReadyItemReturned returned) => IssueNumber = null;

    public void Apply(ReadyItemPublished published) => Published = true;
}
