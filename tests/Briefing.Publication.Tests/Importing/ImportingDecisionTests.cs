using System.Security.Cryptography;
using System.Text;
using Briefing.Publication.Contracts;
using Briefing.Publication.Importing;
using Briefing.Testing;
using JasperFx.Events;

namespace Briefing.Publication.Tests.Importing;

/// <summary>Importing decided without a database: given the document and what publication knows, these streams and messages, or this problem.</summary>
public sealed class ImportingDecisionTests
{
    private static readonly byte[] Sample = Encoding.UTF8.GetBytes(SampleBriefing.Markdown);

    private static readonly KnownOrganisation Qijiang = new() { Id = "qijiang", Name = "綦江区" };

    [Fact]
    public void the_sample_becomes_published_issue_41_every_event_stamped_with_the_imports_instant()
    {
        var source = SourceOf(Sample, year: 2025);

        var (problem, imported) = ImportIssueEndpoint.Decide(source);

        Assert.Null(problem);
        Assert.Equal(41, imported!.Response.Number);
        Assert.Equal(25, imported.Response.ItemIds.Count);
        var issue = imported.Streams[0];
        Assert.Equal((Issue.StreamIdFor(Issues.SeriesId, 41), typeof(Issue)), (issue.StreamId, issue.AggregateType));
        Assert.All(imported.Streams.SelectMany(stream => stream.Events), e => Assert.Equal(source.At, Assert.IsAssignableFrom<IEvent>(e).Timestamp));
        var events = issue.Events.Data().ToList();
        Assert.Equal(new IssueCreated(issue.StreamId, Issues.SeriesId, 41, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), null), events[0]);
        Assert.Equal(new IssueImported(Convert.ToHexStringLower(SHA256.HashData(Sample)), "briefing-041.md", 25), events[1]);
        Assert.Equal(25, events.OfType<IssueItemPlaced>().Count());
        var published = Assert.IsType<IssuePublished>(events[^1]);
        Assert.Equal((CanonicalMarkdown.Of(SampleBriefing.Markdown), source.At), (published.Markdown, published.PublishedAt));
        Assert.Equal(imported.Response.ItemIds.Select(ReadyItem.StreamIdFor), imported.Streams.Skip(1).Select(stream => stream.StreamId));
    }

    [Fact]
    public void every_item_is_announced_as_imported_and_every_organisation_nobody_registered_as_discovered()
    {
        var (_, imported) = ImportIssueEndpoint.Decide(SourceOf(Sample, year: 2025));

        var items = imported!.Messages.OfType<ItemImported>().ToList();
        var discovered = imported.Messages.OfType<OrganisationDiscovered>().ToList();
        Assert.Equal(imported.Response.ItemIds, items.Select(item => item.ItemId));
        Assert.Equal("qijiang", items[0].OrgId);
        Assert.DoesNotContain(discovered, organisation => organisation.Name == "綦江区");
        Assert.Contains(new OrganisationDiscovered(ImportPlan.IdFor("西南大学"), "西南大学", "university"), discovered);
        Assert.Equal(items.Count + discovered.Count, imported.Messages.Count);
    }

    [Fact]
    public void the_period_is_in_the_year_named_else_in_the_year_of_the_imports_instant()
    {
        var named = ImportIssueEndpoint.Decide(SourceOf(Sample, year: 2024)).Imported!;
        var unnamed = ImportIssueEndpoint.Decide(SourceOf(Sample, year: null)).Imported!;

        Assert.Equal(new DateOnly(2024, 4, 14), PeriodStartOf(named));
        Assert.Equal(new DateOnly(Issues.Clock().GetUtcNow().Year, 4, 14), PeriodStartOf(unnamed));
    }

    [Fact]
    public void a_document_that_cannot_be_imported_is_refused_with_what_is_wrong()
    {
        var taken = SourceOf(Sample, year: 2025) with { TakenNumbers = new HashSet<int> { 41 } };

        Assert.Equal((400, "The document is not UTF-8 text."), Refusal(SourceOf([0xFF, 0xFE, 0xFD], year: 2025)));
        Assert.Equal((400, "year must be between 2000 and 2100."), Refusal(SourceOf(Sample, year: 1999)));
        Assert.Equal((404, "There is no series 'jyqs'."), Refusal(SourceOf(Sample, year: 2025) with { Series = null }));
        Assert.Equal((400, "Line 3: the period is not a range of real dates in that year."),
            Refusal(SourceOf(Encoding.UTF8.GetBytes("# 简报\n\n第 1 期（2.29—3.1）\n\n## 【区县动态】\n\n◆**綦江区**调研。\n"), year: 2025)));
        Assert.Equal((409, "Series 'jyqs' has an issue 41 already."), Refusal(taken));
    }

    private static (int?, string?) Refusal(ImportSource source) => ImportIssueEndpoint.Decide(source).Problem is { } problem ? (problem.Status, problem.Detail) : (null, null);

    private static DateOnly PeriodStartOf(ImportedIssue imported) => imported.Streams[0].Events.Data().OfType<IssueCreated>().Single().PeriodStart;

    private static ImportSource SourceOf(byte[] document, int? year) =>
        new(Issues.SeriesId, document, year, "briefing-041.md", Issues.Series(), [Qijiang], new HashSet<int>(), Issues.Clock().GetUtcNow());
}
