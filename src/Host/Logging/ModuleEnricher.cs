using Briefing.Host.Modules;
using Serilog.Core;
using Serilog.Events;

namespace Briefing.Host.Logging;

/// <summary>
/// Adds a <c>Module</c> property to every log event: the module whose namespace the logger's category
/// (SourceContext) is in, or <c>host</c> for the host and the frameworks it runs.
/// </summary>
public sealed class ModuleEnricher(IReadOnlyList<BriefingModule> modules) : ILogEventEnricher
{
    public const string PropertyName = "Module";
    public const string HostModule = "host";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        var category = logEvent.Properties.TryGetValue(Constants.SourceContextPropertyName, out var value)
            && value is ScalarValue { Value: string name } ? name : "";
        var module = modules.FirstOrDefault(m => m.Owns(category))?.Name ?? HostModule;
        logEvent.AddPropertyIfAbsent(propertyFactory.CreateProperty(PropertyName, module));
    }
}
