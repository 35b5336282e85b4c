using Briefing.Host;
using Briefing.Host.Commands;
using Briefing.Host.Database;
using Briefing.Host.Logging;
using Briefing.Host.Modules;
using Briefing.Host.Startup;
using Serilog;
using Serilog.Extensions.Logging;

var builder = WebApplication.CreateBuilder(args);
// A first argument that is a word is a command (users, codegen, describe ...); flags such as --urls are ASP.NET's.
var isCommand = args.Length > 0 && !args[0].StartsWith('-');
if (isCommand)
{
    // A command that starts the runtime (import, demo) listens on a free loopback port, beside a running service, and logs only what matters.
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Warning" });
}

using var startupLog = new SerilogLoggerFactory(
    LoggingSetup.Configure(new LoggerConfiguration(), builder.Configuration, BriefingModules.All).CreateLogger(), dispose: true);
BriefingDatabase database;
try
{
    StartupChecks.Validate(builder.Configuration);
    database = await BriefingDatabase.OpenAsync(builder.Configuration, startupLog.CreateLogger("Briefing.Host.Database"), attachToRunning: isCommand);
}
catch (StartupException e)
{
    await Console.Error.WriteLineAsync($"Briefing cannot start: {e.Message}");
    return 1;
}

await using (database)
{
    builder.AddBriefingHost(database.ConnectionString);
    builder.Services.AddSingleton(database);
    var app = builder.Build();
    app.UseBriefingHost();
    if (isCommand)
    {
        // Rebuilding (or running) projections beside the service would race its inline writes; listing them is harmless.
        if (args is ["projections", ..] && !args.Contains("list") && await CommandRuntime.RefusedBesideServiceAsync(app, "projections"))
        {
            return 1;
        }

        return await BriefingCommands.RunAsync(app, args);
    }

    await app.RunAsync();
    return 0;
}

/// <summary>The entry point, visible to the Alba test host.</summary>
public partial class Program;
