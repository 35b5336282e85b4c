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
        await ReadAsync<SubmissionState>(await SendAsync("POST", "/api/submissions", token, 201, body));

    protected async Task<SubmissionResponse> GetAsync(Guid id, string? token = null) =>
        await ReadAsync<SubmissionResponse>(await SendAsync("GET", $"/api/submissions/{id}", token ?? App.AdminToken, 200));

    /// <summary>The submissions the query string selects, as <paramref name="token"/>'s user sees them.</summary>
    protected async Task<SubmissionPage> ListAsync(string token, string query = "") =>
        await ReadAsync<SubmissionPage>(await SendAsync("GET", $"/api/submissions{query}", token, 200));

    /// <summary>One HTTP call answering <paramref name="status"/> with a problem; returns the problem.</summary>
    protected async Task<Problem> ProblemAsync(string method, string url, string token, int status, object? body = null) =>
        await ReadAsync<Problem>(await SendAsync(method, url, token, status, body));

    protected Task<IScenarioResult> SendAsync(string method, string url, string token, int status, object? body = null, Action<Scenario>? configure = null) =>
        App.SendAsync(method, url, token, status, body, configure);

    protected static async Task<T> ReadAsync<T>(IScenarioResult result) => (await result.ReadAsJsonAsync<T>())!;
}
