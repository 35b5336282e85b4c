using Briefing.Host.Modules;
using Serilog;
using Serilog.Formatting.Compact;

namespace Briefing.Host.Logging;

/// <summary>
/// Serilog for the host: levels from the <c>Serilog</c> configuration section, a readable console by
/// default, JSON lines (compact CLEF) when <c>Briefing:LogFormat</c> is <c>json</c>.
/// </summary>
public static class LoggingSetup
{
    public const string FormatKey = "Briefing:LogFormat";
    private const string ConsoleTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {Module}: {Message:lj}{NewLine}{Exception}";

    public static LoggerConfiguration Configure(LoggerConfiguration logging, IConfiguration configuration, IReadOnlyList<BriefingModule> modules)
    {
        logging.ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .Enrich.With(new ModuleEnricher(modules));
        return string.Equals(configuration[FormatKey], "json", StringComparison.OrdinalIgnoreCase)
            ? logging.WriteTo.Console(new RenderedCompactJsonFormatter())
            : logging.WriteTo.Console(outputTemplate: ConsoleTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
