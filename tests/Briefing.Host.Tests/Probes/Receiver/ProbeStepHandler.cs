using System.Collections.Concurrent;
using Briefing.Host.Tests.Probes.Sender;
using JasperFx;
using Wolverine;

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

    /// <summary>Sends a step, then loses a race on its first attempt: that step is rolled back, the retry's is handled.</summary>
    public static async Task Handle(ProbeFlaky flaky, IMessageContext context, Envelope envelope)
    {
        await context.PublishAsync(new ProbeStep(flaky.ItemId, envelope.Attempts));
        if (envelope.Attempts == 1)
        {
            throw new ConcurrencyException("A probe lost a race on purpose.", null!);
        }
    }

    public static void Handle(ProbeDoomed doomed) => throw new InvalidOperationException($"Probe {doomed.ItemId} always fails.");
}
