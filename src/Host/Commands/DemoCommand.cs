using System.Diagnostics;
using Briefing.Host.Database;
using Briefing.Identity.Contracts;
using Briefing.Identity.ManagingUsers;
using Briefing.Publication.Importing;
using Briefing.Submission.Contracts;
using Briefing.Submission.DefiningSeries;
using JasperFx.CommandLine;
using Marten;
using Wolverine.Http;

namespace Briefing.Host.Commands;

/// <summary>
/// <c>demo</c>: something real on a first run. Defines the series of the sample briefing, imports
/// the sample (issue 41) with its organisations, and creates an editor, a chief editor and an
/// auditor, printing their tokens once. Running it again adds users and skips what exists.
/// It says what it is doing step by step: a first run spends most of its time creating the database.
/// </summary>
[Description("Set up the sample series, import the sample issue 41 and create demo users", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<NetCoreInput>
{
    private const string SeriesId = "jiaoyu-qiangshi";
    private const int Steps = 5;

    private static readonly Dictionary<string, string> SectionKeys = new() { ["区县动态"] = "district", ["高校动态"] = "university", ["近期工作"] = "recent-work" };

    public override async Task<bool> Execute(NetCoreInput input)
    {
        var samplePath = Path.Combine(AppContext.BaseDirectory, "samples", "briefing-041.md");
        var document = await File.ReadAllBytesAsync(samplePath);
        var (sample, _) = BriefingParser.Parse(System.Text.Encoding.UTF8.GetString(document));
        var host = input.BuildHost();
        // The database was opened before the command ran (Program.cs): say where, and how long the process took to get here.
        var database = host.Services.GetRequiredService<BriefingDatabase>().Embedded is { } embedded
            ? $"the embedded PostgreSQL, its data in {embedded.DataDirectory} (a first run creates it, later runs reuse it)"
            : "the PostgreSQL of ConnectionStrings__Briefing";
        var clock = host.Services.GetRequiredService<TimeProvider>();
        using var process = Process.GetCurrentProcess();
        var started = new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero);
        Step(1, $"Database: {database}; up {(clock.GetUtcNow() - started).TotalSeconds:0.0} s after start.");
        Step(2, "Starting the modules: creating or updating their tables and message queues ...");
        await using var runtime = await CommandRuntime.StartAsync(host, "demo");
        if (runtime is null)
        {
            return false;
        }

        Step(3, $"Defining the series {SeriesId} from the sample ...");
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

        Step(4, $"Importing the sample as issue {sample!.Number}: registering its organisations, publishing its {sample.Sections.Sum(section => section.Items.Count)} items, waiting for every module to take them up ...");
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

        Step(5, "Creating an editor, a chief editor and an auditor ...");
        var created = new List<(string Role, string Name, string Token, string Password)>();
        await runtime.InTransactionAsync(async (session, messages) =>
        {
            foreach (var (role, name) in new[] { (Roles.Editor, "示例编辑"), (Roles.ChiefEditor, "示例总编辑"), (Roles.Auditor, "示例审计员") })
            {
                var command = new CreateUser(name, role, OrgId: null, DemoPassword());
                if (CreateUserEndpoint.Validate(command, await CreateUserEndpoint.LoadAsync(command, session, CancellationToken.None)) != WolverineContinue.NoProblems)
                {
                    Console.WriteLine($"User {name} exists already.");
                    continue;
                }

                var (answer, stream, credential, told) = CreateUserEndpoint.Post(command);
                stream.Execute(session);
                credential.Execute(session);
                foreach (var message in told)
                {
                    messages.Add(message);
                }

                created.Add((role, name, answer.Value!.Token, command.Password!));
            }

            return created.Count > 0;
        });

        Console.WriteLine($"Done, {(clock.GetUtcNow() - started).TotalSeconds:0.0} s after start.");
        if (created.Count > 0)
        {
            Console.WriteLine("Users created; their tokens and console passwords are shown this once:");
        }

        foreach (var (role, name, token, password) in created)
        {
            Console.WriteLine($"  {role,-13} {name}  password {password}  token {token}");
        }

        Console.WriteLine($"Start the service (dotnet run --project src/Host) and sign in at http://localhost:5080/console, or: curl -H \"Authorization: Bearer <token>\" \"http://localhost:5080/api/series/{SeriesId}/issues/41/render?format=md\"");
        return true;
    }

    /// <summary>One step of the demo, said before it is done; what it did follows.</summary>
    private static void Step(int number, string what) => Console.WriteLine($"[{number}/{Steps}] {what}");

    /// <summary>A random password of 16 letters and digits, easy to type from the terminal.</summary>
    private static string DemoPassword() => System.Security.Cryptography.RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 16);
}
