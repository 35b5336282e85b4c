using System.Text.Json;
using Alba;
using Briefing.Identity.Contracts;

namespace Briefing.Testing;

/// <summary>State fixtures in the domain's words, made through the API as users would make them.</summary>
public static partial class Given
{
    public const string SeriesId = "jiaoyu-qiangshi";

    public static readonly object[] Sections =
    [
        new { key = "district", title = "区县动态" },
        new { key = "university", title = "高校动态" },
        new { key = "recent-work", title = "近期工作" },
    ];

    /// <summary>Defines the series and waits until every module that keeps a copy of it has one.</summary>
    public static Task SeriesAsync(this AppFixture app, string id = SeriesId) =>
        app.SendAndWaitAsync("POST", "/api/series", app.AdminToken, 201, SeriesBody(id));

    /// <summary>The body that defines a series laid out like the sample briefing.</summary>
    public static object SeriesBody(string id = SeriesId) => new
    {
        id,
        title = SampleBriefing.Title,
        issuingUnit = SampleBriefing.IssuingUnit,
        sections = Sections,
        distribution = SampleBriefing.Distribution,
        submissionEmail = SampleBriefing.SubmissionEmail,
    };

    /// <summary>Registers the organisation and waits until every module that keeps a copy of it has one.</summary>
    public static Task OrganisationAsync(this AppFixture app, string id, string name, string kind = "district") =>
        app.SendAndWaitAsync("POST", "/api/orgs", app.AdminToken, 201, new { id, name, kind, aliases = Array.Empty<string>() });

    /// <summary>The series, the organisation 綦江区 (qijiang) and one of its contributors, whose token this returns.</summary>
    public static async Task<string> QijiangContributorAsync(this AppFixture app)
    {
        await app.SeriesAsync();
        await app.OrganisationAsync("qijiang", "綦江区");
        return (await app.CreateUserAsync(Roles.Contributor, "qijiang", "綦江区联络员")).Token;
    }

    /// <summary>Submits an item and waits until every module has heard of it; returns its id.</summary>
    public static async Task<Guid> SubmittedItemAsync(this AppFixture app, string token, object body)
    {
        var (response, _) = await app.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(token);
            s.Post.Json(body).ToUrl("/api/submissions");
            s.StatusCodeShouldBe(201);
        });
        return JsonDocument.Parse(await response.ReadAsTextAsync()).RootElement.GetProperty("id").GetGuid();
    }

    public static readonly IReadOnlyDictionary<string, string> SampleSectionKeys = new Dictionary<string, string>
    {
        ["区县动态"] = "district",
        ["高校动态"] = "university",
        ["近期工作"] = "recent-work",
    };

    /// <summary>
    /// The 25 items of the real 第 41 期, each submitted by a contributor of its own organisation
    /// (the office's own work by the 专班 department), in print order.
    /// </summary>
    public static async Task<IReadOnlyList<(Guid Id, SampleBriefing.Item Item, string Contributor)>> SampleIssueSubmittedAsync(this AppFixture app)
    {
        await app.SeriesAsync();
        await app.OrganisationAsync("zhuanban", "教育强市区县行专班", "department");
        var submitted = new List<(Guid, SampleBriefing.Item, string)>();
        foreach (var (item, index) in SampleBriefing.Items.Select((item, index) => (item, index)))
        {
            var section = SampleSectionKeys[item.SectionTitle];
            var orgId = section == "recent-work" ? "zhuanban" : $"org-{index:00}";
            if (orgId != "zhuanban")
            {
                await app.OrganisationAsync(orgId, item.Headline, item.Headline.EndsWith('区') ? "district" : "university");
            }

            var contributor = (await app.CreateUserAsync(Roles.Contributor, orgId)).Token;
            submitted.Add((await app.SubmittedItemAsync(contributor, new { seriesId = SeriesId, section, headline = item.Headline, body = item.Body }), item, contributor));
        }

        return submitted;
    }

    /// <summary>One HTTP call with a token, checked for its status, that waits for every message it cascaded; returns the JSON body.</summary>
    public static async Task<JsonElement> SendAndWaitAsync(this AppFixture app, string method, string url, string token, int status, object? body = null)
    {
        var (response, _) = await app.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(token);
            Request(s, method, url, body);
            s.StatusCodeShouldBe(status);
        });
        var text = await response.ReadAsTextAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
    }

    /// <summary>As the API writes JSON: camelCase, enums in the contract's kebab-case.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { Briefing.Kernel.ContractNames.Converter } };

    /// <summary><see cref="SendAndWaitAsync(AppFixture, string, string, string, int, object?)"/>, its answer read as <typeparamref name="T"/>.</summary>
    public static async Task<T> SendAndWaitAsync<T>(this AppFixture app, string method, string url, string token, int status, object? body = null) =>
        (await app.SendAndWaitAsync(method, url, token, status, body)).Deserialize<T>(Json)!;

    /// <summary>A GET answering 200, its answer read as <typeparamref name="T"/>.</summary>
    public static async Task<T> ReadAsync<T>(this AppFixture app, string url, string token) =>
        (await app.JsonAsync(url, token)).Deserialize<T>(Json)!;

    /// <summary>A GET answering 200; returns the JSON body.</summary>
    public static async Task<JsonElement> JsonAsync(this AppFixture app, string url, string token) =>
        JsonDocument.Parse(await (await app.SendAsync("GET", url, token, 200)).ReadAsTextAsync()).RootElement;

    /// <summary>One HTTP call with a token, checked for its status.</summary>
    public static async Task<IScenarioResult> SendAsync(this AppFixture app, string method, string url, string token, int status, object? body = null, Action<Scenario>? configure = null) =>
        await app.Host.Scenario(s =>
        {
            s.WithBearerToken(token);
            Request(s, method, url, body);
            configure?.Invoke(s);
            s.StatusCodeShouldBe(status);
        });

    /// <summary>Sets up a scenario's request: GET, or POST/PUT with a JSON body, or DELETE.</summary>
    public static void Request(Scenario scenario, string method, string url, object? body)
    {
        switch (method)
        {
            case "POST":
                scenario.Post.Json(body!).ToUrl(url);
                break;
            case "PUT":
                scenario.Put.Json(body!).ToUrl(url);
                break;
            case "DELETE":
                scenario.Delete.Url(url);
                break;
            default:
                scenario.Get.Url(url);
                break;
        }
    }
}
