using System.Collections.Concurrent;
using Briefing.Host.Tests.Probes.Sender;

namespace Briefing.Host.Tests.Probes.Receiver;

/// <summary>Records the order steps are handled in and how many run at once.</summary>
public static class ProbeStepHandler
{
    private static int _running;

    public static ConcurrentQueue<ProbeStep> Handled { get; } = new();

    public static int MostAtOnce { get; private set; }

    public static void Reset()
    {
        Handled.Clear();
        MostAtOnce = 0;
    }

    public static async Task Handle(ProbeStep step, CancellationToken cancellationToken)
    {
        var running = Interlocked.Increment(ref _running);
        MostAtOnce = Math.Max(MostAtOnce, running);
        try
        {
            await Task.Delay(20, cancellationToken);
            Handled.Enqueue(step);
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }

    public static Task Handle(ProbeSlow slow, CancellationToken cancellationToken) => Task.Delay(slow.Milliseconds, cancellationToken);

    public static void Handle(ProbeDoomed doomed) => throw new InvalidOperationException($"Probe {doomed.ItemId} always fails.");
}
