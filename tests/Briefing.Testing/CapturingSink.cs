using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Briefing.Testing;

/// <summary>Keeps every log event the host writes, rendered the way a log file would show it.</summary>
public sealed class CapturingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public void Clear() => _events.Clear();

    /// <summary>Each event as text: its rendered message, every property and the exception.</summary>
    public IEnumerable<string> Lines() => _events.Select(e =>
        $"{e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)} | {string.Join(" | ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} | {e.Exception}");
}
