using System.Text.Json;
using Alba;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;

namespace Briefing.Submission.Tests;

/// <summary>State fixtures in the domain's words: a series, organisations, contributors and their items.</summary>
public abstract class SubmissionTest(AppFixture app) : AppTest<AppFixture>(app)
{
    public const string SeriesId = Given.SeriesId;

    protected Task WithSeriesAsync(string id = SeriesId) => App.SeriesAsync(id);

    protected Task WithOrganisationAsync(string id, string name, string kind = "district") => App.OrganisationAsync(id, name, kind);

    protected Task<string> WithQijiangContributorAsync() => App.QijiangContributorAsync();

    protected async Task<SubmissionState> SubmitAsync(string token, object body) =>
        JsonSerializer.Deserialize<SubmissionState>(await (await SendAsync("POST", "/api/submissions", token, 201, body)).ReadAsTextAsync(), JsonSerializerOptions.Web)!;

    protected async Task<SubmissionResponse> GetAsync(Guid id, string? token = null) =>
        JsonSerializer.Deserialize<SubmissionResponse>(await (await SendAsync("GET", $"/api/submissions/{id}", token ?? App.AdminToken, 200)).ReadAsTextAsync(), JsonSerializerOptions.Web)!;

    protected Task<IScenarioResult> SendAsync(string method, string url, string token, int status, object? body = null, Action<Scenario>? configure = null) =>
        App.SendAsync(method, url, token, status, body, configure);

    protected static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
