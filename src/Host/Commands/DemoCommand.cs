using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Briefing.Publication.Importing;
using Briefing.Submission.Contracts;
using Briefing.Submission.DefiningSeries;
using JasperFx.CommandLine;
using Marten;

namespace Briefing.Host.Commands;

/// <summary>
/// <c>demo</c>: something real on a first run. Defines the series of the sample briefing, imports
/// the sample (issue 41) with its organisations, and creates an editor, a chief editor and an
/// auditor, printing their tokens once. Running it again adds users and skips what exists.
/// </summary>
[Description("Set up the sample series, import the sample issue 41 and create demo users", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<NetCoreInput>
{
    private const string SeriesId = "jiaoyu-qiangshi";

    private static readonly Dictionary<string, string> SectionKeys = new() { ["区县动态"] = "district", ["高校动态"] = "university", ["近期工作"] = "recent-work" };

    public override async Task<bool> Execute(NetCoreInput input)
    {
        var samplePath = Path.Combine(AppContext.BaseDirectory, "samples", "briefing-041.md");
        var document = await File.ReadAllBytesAsync(samplePath);
        var (sample, _) = BriefingParser.Parse(System.Text.Encoding.UTF8.GetString(document));
        var host = input.BuildHost();
        await using var runtime = await CommandRuntime.StartAsync(host, "demo");
        if (runtime is null)
        {
            return false;
        }

        await runtime.InTransactionAsync(async (session, messages) =>
        {
            if (await session.LoadAsync<Briefing.Submission.Series>(Briefing.Submission.Series.StreamIdFor(SeriesId)) is not null)
            {
                Console.WriteLine($"Series {SeriesId} exists already.");
                return false;
            }

            var sections = sample!.Sections.Select((section, index) => new SeriesSection(SectionKeys.GetValueOrDefault(section.Title, $"section-{index + 1}"), section.Title)).ToList();
            var (_, start, defined) = DefineSeriesEndpoint.Post(new DefineSeries(SeriesId, sample.Title, sample.IssuingUnit, sections, sample.Distribution, sample.SubmissionEmail));
            start.Execute(session);
            messages.Add(defined.Single());
            Console.WriteLine($"Defined series {SeriesId}: {sample.Title}");
            return true;
        });

        var importFailed = false;
        await runtime.InTransactionAsync(async (session, messages) =>
        {
            var (refused, imported) = await ImportIssueEndpoint.ImportAsync(session, SeriesId, document, 2025, "briefing-041.md", messages,
                host.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
            Console.WriteLine(imported is null ? $"Issue 41 not imported: {refused?.Detail}" : $"Imported the sample as issue {imported.Number}: {imported.ItemIds.Count} items, published.");
            importFailed = imported is null && refused?.Status != StatusCodes.Status409Conflict;
            return imported is not null;
        });

        if (importFailed)
        {
            return false;
        }

        var tokens = new List<(string Role, string Token)>();
        await runtime.InTransactionAsync((session, _) =>
        {
            foreach (var (role, name) in new[] { (Roles.Editor, "示例编辑"), (Roles.ChiefEditor, "示例总编辑"), (Roles.Auditor, "示例审计员") })
            {
                var (created, stream) = CreateUserEndpoint.Post(new CreateUser(name, role, OrgId: null));
                stream.Execute(session);
                tokens.Add((role, created.Value!.Token));
            }

            return Task.FromResult(true);
        });

        Console.WriteLine("Users created; their tokens are shown this once:");
        foreach (var (role, token) in tokens)
        {
            Console.WriteLine($"  {role,-13} {token}");
        }

        Console.WriteLine($"Start the service (dotnet run --project src/Host), then: curl -H \"Authorization: Bearer <token>\" \"http://localhost:5080/api/series/{SeriesId}/issues/41/render?format=md\"");
        return true;
    }
}
