using Briefing.Host.Modules;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Briefing.Host.Logging;

/// <summary>
/// Serilog for the host: quiet defaults for the frameworks, overridable in the <c>Serilog</c>
/// configuration section; a readable console by default, JSON lines (compact CLEF) when
/// <c>Briefing:LogFormat</c> is <c>json</c>. The defaults live here, not in an appsettings.json,
/// because <c>dotnet run</c> starts the host in the user's directory, not the project's.
/// </summary>
public static class LoggingSetup
{
    public const string FormatKey = "Briefing:LogFormat";
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Module}: {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration Configure(LoggerConfiguration logging, IConfiguration configuration, IReadOnlyList<BriefingModule> modules)
    {
        logging.MinimumLevel.Information();
        foreach (var framework in new[] { "Microsoft.AspNetCore", "Marten", "Wolverine", "JasperFx", "Npgsql", "Briefing.Identity.Authenticating.BearerTokenHandler" })
        {
            logging.MinimumLevel.Override(framework, LogEventLevel.Warning);
        }

        // An unready database would log an error at every probe; DatabaseAvailabilityMonitor logs each outage once.
        logging.MinimumLevel.Override("Microsoft.Extensions.Diagnostics.HealthChecks", LogEventLevel.Fatal);

        logging.ReadFrom.Configuration(configuration)
            .Filter.ByExcluding(VersionConflictLines.Matches)
            .Enrich.FromLogContext()
            .Enrich.With(new ModuleEnricher(modules));
        return string.Equals(configuration[FormatKey], "json", StringComparison.OrdinalIgnoreCase)
            ? logging.WriteTo.Console(new RenderedCompactJsonFormatter())
            : logging.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
