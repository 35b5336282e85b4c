using System.Collections.Concurrent;
using System.Diagnostics;

namespace Briefing.Host.Tests.Faults;

/// <summary>
/// Several clients writing at once, as on a busy Friday: contributors submitting items and an editor
/// claiming them for review as soon as review has them. Keeps every answer it got.
/// </summary>
public sealed class WriteBurst : IAsyncDisposable
{
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);
    private readonly BriefingApi _api;
    private readonly Newsroom _room;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly ConcurrentQueue<Guid> _submitted = new();
    private readonly ConcurrentQueue<Guid> _toClaim = new();
    private readonly ConcurrentQueue<Guid> _claimed = new();
    private readonly SemaphoreSlim _acknowledged = new(0);
    private readonly Task[] _clients;
    private int _sequence;

    private WriteBurst(BriefingApi api, Newsroom room, int submitters)
    {
        _api = api;
        _room = room;
        _clients = [.. Enumerable.Range(0, submitters).Select(_ => Task.Run(SubmitAsync)), Task.Run(ClaimAsync)];
    }

    public IReadOnlyCollection<Answer> Answers => _answers;

    /// <summary>Items whose submission was acknowledged (201).</summary>
    public IReadOnlyCollection<Guid> Submitted => _submitted;

    /// <summary>Items whose claim was acknowledged (200).</summary>
    public IReadOnlyCollection<Guid> Claimed => _claimed;

    public static WriteBurst Start(BriefingApi api, Newsroom room, int submitters = 4) => new(api, room, submitters);

    /// <summary>
    /// Returns the moment <paramref name="count"/> more writes than now are acknowledged: right after
    /// an acknowledgement, when what it set off in other modules is most likely still under way.
    /// </summary>
    public async Task WaitForMoreAcknowledgedAsync(int count, TimeSpan timeout)
    {
        while (_acknowledged.CurrentCount > 0)
        {
            await _acknowledged.WaitAsync();
        }

        var waited = Stopwatch.StartNew();
        for (var seen = 0; seen < count; seen++)
        {
            var left = timeout - waited.Elapsed;
            if (left <= TimeSpan.Zero || !await _acknowledged.WaitAsync(left))
            {
                throw new TimeoutException($"{seen} of {count} more writes acknowledged in {timeout.TotalSeconds} s; last answers: {string.Join("; ", _answers.TakeLast(5))}");
            }
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_clients);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }

        _stop.Dispose();
        _acknowledged.Dispose();
    }

    private async Task SubmitAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref _sequence);
            var answer = await RecordAsync(HttpMethod.Post, "/api/submissions", _room.Contributor,
                new { seriesId = _room.SeriesId, section = "district", body = $"第{n}条：綦江区召开教育强区推进会，部署下一阶段重点工作。" });
            if (answer.Acknowledged)
            {
                var id = answer.Body.GetProperty("id").GetGuid();
                _submitted.Enqueue(id);
                _toClaim.Enqueue(id);
                _acknowledged.Release();
            }

            await PauseAsync();
        }
    }

    private async Task ClaimAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            if (_toClaim.TryDequeue(out var id))
            {
                var item = await RecordAsync(HttpMethod.Get, $"/api/review/items/{id}", _room.Editor);
                var claim = item.Acknowledged
                    ? await RecordAsync(HttpMethod.Post, $"/api/review/items/{id}/claim", _room.Editor, new { expectedVersion = item.Body.GetProperty("version").GetInt64() })
                    : null;
                if (claim is { Acknowledged: true })
                {
                    _claimed.Enqueue(id);
                    _acknowledged.Release();
                }
                else if (claim?.Status is null or 503)
                {
                    _toClaim.Enqueue(id); // review has not opened it yet, or there was no answer: try again later
                }
            }

            await PauseAsync();
        }
    }

    private async Task<Answer> RecordAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var answer = await _api.SendAsync(method, path, token, body);
        _answers.Enqueue(answer);
        return answer;
    }

    private async Task PauseAsync()
    {
        try
        {
            await Task.Delay(Pause, _stop.Token);
        }
        catch (OperationCanceledException)
        {
            // stopping
        }
    }
}
