using System.Text.Json;
using Alba;
using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;

namespace Briefing.Submission.Tests;

/// <summary>State fixtures in the domain's words: a series, organisations, contributors and their items.</summary>
public abstract class SubmissionTest(AppFixture app) : AppTest<AppFixture>(app)
{
    public const string SeriesId = "jiaoyu-qiangshi";
    public static readonly IReadOnlyList<SeriesSection> Sections =
        [new("district", "区县动态"), new("university", "高校动态"), new("recent-work", "近期工作")];

    protected async Task WithSeriesAsync(string id = SeriesId) =>
        await SendAsync("POST", "/api/series", App.AdminToken, 201, new
        {
            id,
            title = "教育强市区县行产学研促进行动每周工作简报",
            issuingUnit = "教育强市区县行专班",
            sections = Sections,
            distribution = "市委教育工委、市教委主要领导，各区县政府分管领导",
            submissionEmail = "jyqsqxx@163.com",
        });

    protected async Task WithOrganisationAsync(string id, string name, string kind = "district") =>
        await SendAsync("POST", "/api/orgs", App.AdminToken, 201, new { id, name, kind, aliases = Array.Empty<string>() });

    /// <summary>A series, the organisation 綦江区 (qijiang) and one of its contributors.</summary>
    protected async Task<string> WithQijiangContributorAsync()
    {
        await WithSeriesAsync();
        await WithOrganisationAsync("qijiang", "綦江区");
        return (await App.CreateUserAsync(Roles.Contributor, "qijiang", "綦江区联络员")).Token;
    }

    protected async Task<SubmissionState> SubmitAsync(string token, object body) =>
        JsonSerializer.Deserialize<SubmissionState>(await (await SendAsync("POST", "/api/submissions", token, 201, body)).ReadAsTextAsync(), JsonSerializerOptions.Web)!;

    protected async Task<SubmissionResponse> GetAsync(Guid id, string? token = null) =>
        JsonSerializer.Deserialize<SubmissionResponse>(await (await SendAsync("GET", $"/api/submissions/{id}", token ?? App.AdminToken, 200)).ReadAsTextAsync(), JsonSerializerOptions.Web)!;

    protected async Task<IScenarioResult> SendAsync(string method, string url, string token, int status, object? body = null, Action<Scenario>? configure = null) =>
        await App.Host.Scenario(s =>
        {
            s.WithBearerToken(token);
            switch (method)
            {
                case "POST":
                    s.Post.Json(body!).ToUrl(url);
                    break;
                case "PUT":
                    s.Put.Json(body!).ToUrl(url);
                    break;
                default:
                    s.Get.Url(url);
                    break;
            }

            configure?.Invoke(s);
            s.StatusCodeShouldBe(status);
        });

    protected static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement;
}
