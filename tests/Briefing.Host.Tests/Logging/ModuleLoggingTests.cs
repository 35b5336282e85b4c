using Briefing.Host.Logging;
using Briefing.Host.Modules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace Briefing.Host.Tests.Logging;

public sealed class ModuleLoggingTests
{
    [Theory]
    [InlineData("Briefing.Submission.SubmittingItems.SubmitItemEndpoint", "submission")]
    [InlineData("Briefing.EditorialReview.ReviewItem", "editorial-review")]
    [InlineData("Briefing.Publication", "publication")]
    [InlineData("Briefing.Audit.Replaying.HistoryEndpoint", "audit")]
    [InlineData("Briefing.Host.Database.EmbeddedPostgres", "host")]
    [InlineData("Microsoft.Hosting.Lifetime", "host")]
    [InlineData("Briefing.SubmissionTools.Something", "host")]
    public void every_log_line_carries_the_module_its_logger_belongs_to(string category, string module)
    {
        var sink = new CollectingSink();
        var configuration = new ConfigurationBuilder().Build();
        using var serilog = LoggingSetup.Configure(new LoggerConfiguration(), configuration, BriefingModules.All)
            .WriteTo.Sink(sink)
            .CreateLogger();
        using var factory = new SerilogLoggerFactory(serilog);

        factory.CreateLogger(category).LogInformation("Item {ItemId} submitted", 41);

        var line = Assert.Single(sink.Events);
        Assert.Equal($"\"{module}\"", line.Properties[ModuleEnricher.PropertyName].ToString());
    }

    private sealed class CollectingSink : ILogEventSink
    {
        public List<LogEvent> Events { get; } = [];

        public void Emit(LogEvent logEvent) => Events.Add(logEvent);
    }
}
