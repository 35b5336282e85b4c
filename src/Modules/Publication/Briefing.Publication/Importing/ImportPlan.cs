using System.Security.Cryptography;
using System.Text;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Importing;

/// <summary>What an imported briefing becomes: its items with new ids and their organisations, and the issue document.</summary>
public sealed class ImportPlan
{
    public sealed record PlannedItem(Guid ItemId, string OrgId, string Section, int Position, string Headline, string Body);

    private readonly List<KnownOrganisation> _known;

    public ImportPlan(PublicationSeries series, ParsedBriefing briefing, (DateOnly Start, DateOnly End) period, IEnumerable<KnownOrganisation> known)
    {
        _known = [.. known];
        var unit = briefing.IssuingUnit ?? series.IssuingUnit;
        foreach (var section in briefing.Sections)
        {
            var key = SectionKey(series, section.Title)!;
            foreach (var (item, position) in section.Items.Select((item, position) => (item, position)))
            {
                var orgId = IsOwnWork(section.Title) ? OrganisationFor(unit, "department") : OrganisationFor(item.Headline, KindOf(item.Headline));
                Items.Add(new PlannedItem(Guid.NewGuid(), orgId, key, Items.Count(i => i.Section == key), item.Headline, item.Body));
            }
        }

        Document = new IssueDocument(briefing.Title ?? series.Title, briefing.Number, period.Start, period.End, briefing.EditorNote,
            // The document's sections in its own order, so it prints back as written; the series' others (empty) after them.
            [.. series.Sections.OrderBy(section => Items.FindIndex(item => item.Section == section.Key) is var first and >= 0 ? first : int.MaxValue)
                .Select(section => new DocumentSection(section.Key, section.Title,
                    [.. Items.Where(item => item.Section == section.Key).Select(item => new DocumentItem(item.ItemId, item.OrgId, item.Headline, item.Body))]))],
            briefing.Distribution ?? series.Distribution,
            briefing.SubmissionEmail ?? (briefing.Distribution is null ? series.SubmissionEmail : null),
            unit);
    }

    public List<PlannedItem> Items { get; } = [];

    public List<OrganisationDiscovered> Discovered { get; } = [];

    public IssueDocument Document { get; }

    /// <summary>The series section a briefing's section title names (by title, or by key).</summary>
    public static string? SectionKey(PublicationSeries series, string title) =>
        series.Sections.FirstOrDefault(section => section.Title == title || section.Key == title)?.Key;

    /// <summary>The period on the issue line in the given year; a period running into January ends the next year.</summary>
    public static (DateOnly Start, DateOnly End)? Period(ParsedBriefing briefing, int year)
    {
        var endYear = briefing.To.Month < briefing.From.Month ? year + 1 : year;
        if (!IsDate(year, briefing.From) || !IsDate(endYear, briefing.To))
        {
            return null;
        }

        var (start, end) = (new DateOnly(year, briefing.From.Month, briefing.From.Day), new DateOnly(endYear, briefing.To.Month, briefing.To.Day));
        return end >= start ? (start, end) : null;
    }

    /// <summary>A section of the office's own work (近期工作, 重点工作) rather than news from others (区县动态, 工作动态).</summary>
    public static bool IsOwnWork(string sectionTitle) =>
        sectionTitle.Contains("工作", StringComparison.Ordinal) && !sectionTitle.Contains("动态", StringComparison.Ordinal);

    /// <summary>A guess from the name: 区/县 a district, 大学/学院/学校 a university, else other.</summary>
    public static string KindOf(string name) =>
        name.EndsWith('区') || name.EndsWith('县') ? "district"
        : name.Contains("大学", StringComparison.Ordinal) || name.Contains("学院", StringComparison.Ordinal) || name.Contains("学校", StringComparison.Ordinal) ? "university"
        : "other";

    /// <summary>An id for an organisation known only by its Chinese name: the same name always gets the same id.</summary>
    public static string IdFor(string name) => "org-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..10];

    private string OrganisationFor(string name, string kind)
    {
        if (_known.Find(organisation => organisation.IsNamed(name)) is { } known)
        {
            return known.Id;
        }

        var discovered = new KnownOrganisation { Id = IdFor(name), Name = name };
        _known.Add(discovered);
        Discovered.Add(new OrganisationDiscovered(discovered.Id, name, kind));
        return discovered.Id;
    }

    private static bool IsDate(int year, (int Month, int Day) date) =>
        date.Month is >= 1 and <= 12 && date.Day >= 1 && date.Day <= DateTime.DaysInMonth(year, date.Month);
}
