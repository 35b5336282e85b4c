using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Briefing.Benchmarks.Soak;

/// <summary>The soak's HTTP calls: every answer is kept with its status, and every 5xx is counted.</summary>
public sealed class SoakApi(HttpClient http)
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);
    private int _serverErrors;

    public int ServerErrors => Volatile.Read(ref _serverErrors);

    public async Task<Answer> SendAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var timeout = new CancellationTokenSource(RequestTimeout);
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, timeout.Token);
        var answer = new Answer($"{method} {path}", (int)response.StatusCode, await response.Content.ReadAsStringAsync(timeout.Token));
        if (answer.Status >= 500)
        {
            Interlocked.Increment(ref _serverErrors);
        }

        return answer;
    }

    public Task<Answer> GetAsync(string path, string token) => SendAsync(HttpMethod.Get, path, token);

    public Task<Answer> PostAsync(string path, string token, object body) => SendAsync(HttpMethod.Post, path, token, body);
}

/// <summary>One answer of the API.</summary>
public sealed record Answer(string Request, int Status, string Text)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public bool IsVersionConflict => Status == 409 && Json.TryGetProperty("type", out var type) && type.GetString()?.EndsWith("/version-conflict", StringComparison.Ordinal) == true;

    public JsonElement Json => Text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(Text);

    /// <summary>The body of an answer that had to be a success; any other ends the item's life as a failure.</summary>
    public JsonElement Expected => IsSuccess ? Json : throw Unexpected();

    public SoakFailureException Unexpected() => new($"{Request} answered {Status}: {Text}");
}

public sealed class SoakFailureException(string message) : Exception(message);
