using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Host.Tests.Faults;

/// <summary>One answer of the service as a client saw it: its status (null when none came) and how long it took.</summary>
public sealed record Answer(string Call, int? Status, TimeSpan Took, JsonElement Body, string? RetryAfter)
{
    public bool Acknowledged => Status is >= 200 and < 300;

    public override string ToString() => $"{Call} -> {Status?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no answer"} in {Took.TotalMilliseconds:0} ms";
}

/// <summary>The service's HTTP API as a client uses it, from outside the process, at an address that may change (a restarted host).</summary>
public sealed class BriefingApi(Func<Uri> baseAddress) : IDisposable
{
    // Longer than any answer may take, so a slow answer is measured rather than cut off.
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromSeconds(5) }) { Timeout = TimeSpan.FromSeconds(10) };

    public async Task<Answer> SendAsync(HttpMethod method, string path, string? token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress(), path)) { Content = body is null ? null : JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new Answer($"{method} {path}", (int)response.StatusCode, clock.Elapsed,
                text.Length > 0 && text[0] is '{' or '[' ? JsonDocument.Parse(text).RootElement.Clone() : default,
                response.Headers.RetryAfter?.ToString());
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return new Answer($"{method} {path}", null, clock.Elapsed, default, null);
        }
    }

    /// <summary>A call that must succeed (setting up a test).</summary>
    public async Task<JsonElement> MustAsync(HttpMethod method, string path, string token, object? body = null)
    {
        var answer = await SendAsync(method, path, token, body);
        return answer.Acknowledged ? answer.Body : throw new InvalidOperationException($"{answer}: {answer.Body}");
    }

    public async Task<HttpStatusCode?> StatusOfAsync(string path, string? token = null) =>
        (HttpStatusCode?)(await SendAsync(HttpMethod.Get, path, token)).Status;

    public void Dispose() => _http.Dispose();
}
