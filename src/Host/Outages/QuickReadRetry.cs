using Marten;
using Npgsql;
using Polly;
using Polly.Retry;

namespace Briefing.Host.Outages;

/// <summary>
/// Marten retries a failed read three times with back-off by default: during an outage that is
/// four connection attempts of up to a second each, and the 503 would come after 4 s. Here a read is
/// retried once, at once, and only after a failure that came quickly (a pooled connection that died
/// with the server, a refused connection), never after a timeout.
/// </summary>
public static class QuickReadRetry
{
    public static void RetryReadsOnceUnlessTimedOut(this StoreOptions marten) =>
        marten.ConfigurePolly(polly => polly.AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsQuickTransientFailure),
            MaxRetryAttempts = 1,
            Delay = TimeSpan.FromMilliseconds(20),
            BackoffType = DelayBackoffType.Constant,
        }));

    public static bool IsQuickTransientFailure(Exception exception)
    {
        var chain = Flatten(exception).ToList();
        return !chain.OfType<TimeoutException>().Any() && chain.OfType<NpgsqlException>().Any(e => e.IsTransient);
    }

    private static IEnumerable<Exception> Flatten(Exception exception)
    {
        yield return exception;
        var inner = exception is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(exception.InnerException is { } one ? [one] : []);
        foreach (var nested in inner.SelectMany(Flatten))
        {
            yield return nested;
        }
    }
}
