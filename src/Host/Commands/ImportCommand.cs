using Briefing.Publication.Importing;
using JasperFx.CommandLine;

namespace Briefing.Host.Commands;

public sealed class ImportInput : NetCoreInput
{
    [Description("The briefing to import: a Markdown file laid out like docs/samples/briefing-041.md")]
    public string File { get; set; } = "";

    [Description("The series the issue belongs to")]
    [FlagAlias("series", 's')]
    public string? SeriesFlag { get; set; }

    [Description("The year of the issue's period (default: this year)")]
    [FlagAlias("year", 'y')]
    public int? YearFlag { get; set; }
}

/// <summary><c>import FILE --series ID [--year YYYY]</c>: the same import as the API's, recorded as the operator's.</summary>
[Description("Import an existing briefing as a published issue", Name = "import")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public ImportCommand() =>
        Usage("Import a briefing").Arguments(x => x.File).ValidFlags(x => x.SeriesFlag!, x => x.YearFlag!);

    public override async Task<bool> Execute(ImportInput input)
    {
        if (input.SeriesFlag is null || !File.Exists(input.File))
        {
            await Console.Error.WriteLineAsync(input.SeriesFlag is null ? "import needs --series ID." : $"There is no file {input.File}.");
            return false;
        }

        var document = await File.ReadAllBytesAsync(input.File);
        var host = input.BuildHost();
        await using var runtime = await CommandRuntime.StartAsync(host, "import");
        if (runtime is null)
        {
            return false;
        }

        ImportedIssueResponse? imported = null;
        string? problem = null;
        await runtime.InTransactionAsync(async (session, messages) =>
        {
            var (refused, result) = await ImportIssueEndpoint.ImportAsync(session, input.SeriesFlag, document, input.YearFlag, Path.GetFileName(input.File), messages,
                host.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
            (problem, imported) = (refused?.Detail, result);
            return result is not null;
        });

        if (imported is null)
        {
            await Console.Error.WriteLineAsync($"Not imported: {problem}");
            return false;
        }

        Console.WriteLine($"Imported {input.File} as issue {imported.Number} of {input.SeriesFlag}: {imported.ItemIds.Count} item(s), published.");
        return true;
    }
}
