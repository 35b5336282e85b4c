using System.Diagnostics;
using Briefing.Publication.Contracts;
using Briefing.Publication.Importing;
using Briefing.Publication.Rendering;

namespace Briefing.Benchmarks;

/// <summary>Markdown, HTML and Word renders of the 25-item sample issue, one thread, timed per render.</summary>
public static class RenderScenario
{
    public const string Name = "render";

    /// <summary>When the sample issue went out: Friday 18 April 2025, 17:00 in Chongqing.</summary>
    private static readonly DateTimeOffset PublishedAt = new(2025, 4, 18, 17, 0, 0, TimeSpan.FromHours(8));

    public static IReadOnlyList<Measurement> Run(BenchSettings settings)
    {
        var issue = new RenderedIssue(SampleDocument(), PublishedAt, []);
        return
        [
            Time("Markdown (canonical)", settings, () => MarkdownRenderer.Render(issue.Document)),
            Time("HTML page", settings, () => HtmlRenderer.Render(issue)),
            Time("Word document", settings, () => DocxRenderer.Render(issue)),
        ];
    }

    private static Measurement Time(string name, BenchSettings settings, Func<object> render)
    {
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < settings.WarmUp)
        {
            render();
        }

        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < settings.Duration)
        {
            var started = Stopwatch.GetTimestamp();
            render();
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return Measurement.Of(Name, $"{name}, 25 items", latencies, clock.Elapsed);
    }

    /// <summary>The real 第 41 期, read from docs/samples as the importer reads it.</summary>
    private static IssueDocument SampleDocument()
    {
        var markdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "briefing-041.md"));
        var (briefing, _) = BriefingParser.Parse(markdown);
        var sections = briefing!.Sections.Select((section, index) => new DocumentSection($"s{index}", section.Title,
            [.. section.Items.Select(item => new DocumentItem(Guid.NewGuid(), "org", item.Headline, item.Body))])).ToList();
        return new IssueDocument(briefing.Title!, briefing.Number, new DateOnly(2025, 4, 14), new DateOnly(2025, 4, 18), null, sections,
            briefing.Distribution!, briefing.SubmissionEmail, briefing.IssuingUnit!);
    }
}
