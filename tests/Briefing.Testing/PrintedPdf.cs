using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Briefing.Testing;

/// <summary>A word as poppler's <c>pdftotext -bbox</c> places it on its page, in points from the top left.</summary>
public sealed record PrintedWord(string Text, double XMin, double YMin, double XMax, double YMax);

/// <summary>One page of a PDF: its size in points and its words in reading order.</summary>
public sealed record PrintedPage(int Number, double Width, double Height, IReadOnlyList<PrintedWord> Words)
{
    /// <summary>The page's text without whitespace (pdftotext splits words at spaces and line ends).</summary>
    public string Text => string.Concat(Words.Select(word => word.Text));

    /// <summary>The words on the line of <paramref name="word"/>, left to right, run together.</summary>
    public string LineOf(PrintedWord word) =>
        string.Concat(Words.Where(w => Math.Abs(w.YMin - word.YMin) < 2).OrderBy(w => w.XMin).Select(w => w.Text));
}

/// <summary>
/// A Word file printed to PDF by LibreOffice (<c>soffice --headless --convert-to pdf</c>, Debian's
/// libreoffice-writer-nogui) and read back with poppler-utils (<c>pdfinfo</c>, <c>pdftotext -bbox</c>).
/// </summary>
public sealed partial class PrintedPdf
{
    public static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(3);

    private PrintedPdf(string path, int pageCount, IReadOnlyList<PrintedPage> pages) => (Path, PageCount, Pages) = (path, pageCount, pages);

    public string Path { get; }

    /// <summary>The page count pdfinfo reports.</summary>
    public int PageCount { get; }

    public IReadOnlyList<PrintedPage> Pages { get; }

    /// <summary>Converts <paramref name="docx"/> to a PDF beside it, with a LibreOffice profile of its own (so parallel runs do not collide), and reads it.</summary>
    public static async Task<PrintedPdf> OfWordFileAsync(string docx)
    {
        var directory = System.IO.Path.GetDirectoryName(docx)!;
        var profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefing-lo-profile-{Guid.NewGuid():N}");
        try
        {
            await RunAsync(Require("soffice", "libreoffice-writer-nogui"), ConversionTimeout,
                $"-env:UserInstallation={new Uri(profile).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", directory, docx);
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }

        var pdf = System.IO.Path.ChangeExtension(docx, ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice wrote no {pdf}.");
        var info = await RunAsync(Require("pdfinfo", "poppler-utils"), TimeSpan.FromSeconds(30), pdf);
        var pageCount = int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture);
        var boxes = await RunAsync(Require("pdftotext", "poppler-utils"), TimeSpan.FromSeconds(30), "-bbox", pdf, "-");
        return new PrintedPdf(pdf, pageCount, ReadPages(boxes));
    }

    private static List<PrintedPage> ReadPages(string boxes) =>
        PageElement().Matches(boxes).Select((page, index) => new PrintedPage(index + 1, Number(page.Groups["width"].Value), Number(page.Groups["height"].Value),
            WordElement().Matches(page.Groups["words"].Value).Select(word => new PrintedWord(WebUtility.HtmlDecode(word.Groups["text"].Value),
                Number(word.Groups["xMin"].Value), Number(word.Groups["yMin"].Value), Number(word.Groups["xMax"].Value), Number(word.Groups["yMax"].Value))).ToList()))
            .ToList();

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    /// <summary>The full path of a program on PATH, or a failed test saying which Debian package to install.</summary>
    private static string Require(string program, string package) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator)
            .Select(directory => System.IO.Path.Combine(directory, program))
            .FirstOrDefault(File.Exists)
        ?? throw new Xunit.Sdk.XunitException(
            $"'{program}' (Debian's {package}) is not on PATH: this test prints the Word file to PDF with LibreOffice and reads the PDF with poppler. " +
            "Install both: apt-get install -y libreoffice-writer-nogui poppler-utils (.ci/run does this when they are missing).");

    private static async Task<string> RunAsync(string program, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{System.IO.Path.GetFileName(program)} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        Assert.True(process.ExitCode == 0, $"{System.IO.Path.GetFileName(program)} exited with {process.ExitCode}: {await error}");
        return await output;
    }

    [GeneratedRegex(@"^Pages:\s+(\d+)", RegexOptions.Multiline)]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"<page width=""(?<width>[\d.]+)"" height=""(?<height>[\d.]+)"">(?<words>.*?)</page>", RegexOptions.Singleline)]
    private static partial Regex PageElement();

    [GeneratedRegex(@"<word xMin=""(?<xMin>[\d.]+)"" yMin=""(?<yMin>[\d.]+)"" xMax=""(?<xMax>[\d.]+)"" yMax=""(?<yMax>[\d.]+)"">(?<text>[^<]*)</word>")]
    private static partial Regex WordElement();
}
