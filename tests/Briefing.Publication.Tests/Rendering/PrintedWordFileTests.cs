using Alba;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Publication.Tests.Rendering;

/// <summary>
/// The imported 第 41 期's Word file as LibreOffice prints it: converted once per test run
/// (<see cref="PrintedIssue41"/>), each test reading the same PDF.
/// </summary>
[Collection(SharedApp.Collection)]
public sealed class PrintedWordFileTests(AppFixture app, PrintedIssue41 printed) : AppTest<AppFixture>(app), IClassFixture<PrintedIssue41>
{
    /// <summary>
    /// The pages the text needs, measured: GB/T 9704's page holds 22 lines of 28 characters (a Latin
    /// letter or digit half one); each paragraph starts a line, indented two characters. Issue 41's
    /// items fill 135 lines, 6.1 pages; the masthead, the three headings and the 版记 bring that to
    /// 7. Before paragraphs could break (and at 27 characters a line) it took 8.
    /// </summary>
    public static int MostPages => (int)Math.Ceiling((LinesOfItems + MastheadLines + 3 * HeadingLines + RecordLines) / 22.0);

    private const double MastheadLines = 5.5, HeadingLines = 1.4, RecordLines = 4;

    private static int LinesOfItems { get; } = SampleBriefing.Items
        .SelectMany(item => $"◆{item.Headline}{item.Body}".Split("\n\n"))
        .Sum(paragraph => (int)Math.Ceiling((2 + paragraph.Sum(c => c < 128 ? 0.5 : 1)) / 28));

    [Fact]
    public async Task issue_41_takes_the_pages_its_text_needs_and_the_first_holds_more_than_one_item()
    {
        var pdf = await printed.PdfAsync(App);

        Assert.Equal(135, LinesOfItems);
        Assert.InRange(pdf.PageCount, MostPages - 1, MostPages);
        Assert.Equal(pdf.PageCount, pdf.Pages.Count);
        var first = pdf.Pages[0].Text;
        Assert.Contains("教育强市区县行专班2025年4月18日【区县动态】", first, StringComparison.Ordinal); // imported: dated by its period, not the import
        Assert.Contains("【高校动态】", first, StringComparison.Ordinal);
        Assert.True(first.Count(c => c == '◆') > 1, $"Page 1 holds one item or none: {first}");
    }

    [Fact]
    public async Task every_headline_prints_in_the_order_of_the_issue()
    {
        var pdf = await printed.PdfAsync(App);
        var text = string.Concat(pdf.Pages.Select(page => page.Text));

        var at = text.IndexOf(SampleBriefing.WithoutWhitespace(SampleBriefing.Title), StringComparison.Ordinal);
        Assert.Equal(0, at);
        foreach (var headline in SampleBriefing.Items.Select(item => "◆" + SampleBriefing.WithoutWhitespace(item.Headline)))
        {
            var next = text.IndexOf(headline, at, StringComparison.Ordinal);
            Assert.True(next > at, $"{headline} does not follow the headline before it.");
            at = next;
        }
    }

    [Fact]
    public async Task the_distribution_and_the_mailbox_stand_at_the_foot_of_the_last_page()
    {
        var pdf = await printed.PdfAsync(App);
        var last = pdf.Pages[^1];

        var distribution = last.Words.First(word => word.Text.StartsWith("分送", StringComparison.Ordinal));
        var mailbox = last.Words.First(word => word.Text.StartsWith("投稿邮箱", StringComparison.Ordinal));
        Assert.EndsWith($"分送：{SampleBriefing.WithoutWhitespace(SampleBriefing.Distribution)}投稿邮箱：{SampleBriefing.SubmissionEmail}（{SampleBriefing.IssuingUnit}）—{last.Number}—",
            last.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(pdf.Pages.SkipLast(1), page => page.Text.Contains("分送：", StringComparison.Ordinal));

        // The text block ends 35 mm above the page's foot: the 版记's last line sits just over it, whatever the text above leaves free.
        var textBottom = last.Height - Millimetres(35);
        Assert.InRange(mailbox.YMax, textBottom - Millimetres(6), textBottom);
        Assert.True(distribution.YMax < mailbox.YMin, "分送 comes before 投稿邮箱.");
    }

    [Fact]
    public async Task pages_are_numbered_with_dashes_on_the_outer_edge_below_the_text()
    {
        var pdf = await printed.PdfAsync(App);

        foreach (var page in pdf.Pages)
        {
            var number = page.Words.Single(word => word.Text == page.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) && word.YMin > page.Height - Millimetres(35));
            Assert.Equal($"—{page.Number}—", page.LineOf(number));
            var centre = (number.XMin + number.XMax) / 2;
            if (page.Number % 2 == 1)
            {
                Assert.True(centre > page.Width * 2 / 3, $"Page {page.Number}'s number is not on the right: x = {centre}.");
            }
            else
            {
                Assert.True(centre < page.Width / 3, $"Page {page.Number}'s number is not on the left: x = {centre}.");
            }
        }
    }

    private static double Millimetres(double millimetres) => millimetres / 25.4 * 72;
}

/// <summary>Issue 41 imported, its Word file downloaded and printed to PDF by LibreOffice, once for the tests that read it.</summary>
public sealed class PrintedIssue41 : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private PrintedPdf? _pdf;

    public async Task<PrintedPdf> PdfAsync(AppFixture app)
    {
        await _gate.WaitAsync();
        try
        {
            return _pdf ??= await PrintAsync(app);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<PrintedPdf> PrintAsync(AppFixture app)
    {
        await app.SeriesAsync();
        var editor = await app.TokenForAsync(Roles.Editor);
        await app.ImportAsync(editor, SampleBriefing.Markdown, 201, $"/api/series/{Given.SeriesId}/import?year=2025");
        var result = await app.SendAsync("GET", $"{Given.IssueUrl()}/render?format=docx", editor, 200);
        var docx = Path.Combine(_directory.Path, "issue-041.docx");
        await using (var file = File.Create(docx))
        {
            await result.Context.Response.Body.CopyToAsync(file);
        }

        return await PrintedPdf.OfWordFileAsync(docx);
    }

    public void Dispose()
    {
        _directory.Dispose();
        _gate.Dispose();
    }
}
