using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Briefing.Console.Tests;

/// <summary>What an admin does before people use the console: organisations, a series, users with passwords.</summary>
public sealed class AdminApi(HttpClient http, string token) : IDisposable
{
    public const string Password = "console-pass-2026";

    public async Task<Desk> NewDeskAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var desk = new Desk($"series-{tag}", $"教育简报{tag}", $"org-{tag}", $"綦江区{tag}", $"联络员{tag}", $"编辑{tag}", $"第二编辑{tag}");
        await SendAsync(HttpMethod.Post, "/api/orgs", new { id = desk.OrgId, name = desk.OrgName, kind = "district" });
        await SendAsync(HttpMethod.Post, "/api/series", new
        {
            id = desk.SeriesId,
            title = desk.SeriesTitle,
            issuingUnit = "教育强市区县行专班",
            sections = new[] { new { key = "district", title = "区县动态" }, new { key = "recent-work", title = "近期工作" } },
            distribution = "市委办公厅",
        });
        await CreateUserAsync(desk.Contributor, "contributor", desk.OrgId);
        await CreateUserAsync(desk.Editor, "editor");
        await CreateUserAsync(desk.SecondEditor, "editor");
        return desk;
    }

    public Task CreateUserAsync(string name, string role, string? orgId = null) =>
        SendAsync(HttpMethod.Post, "/api/admin/users", new { name, role, orgId, password = Password });

    /// <summary>A user with a password and an API client bearing their token, for steps taken as them outside the browser.</summary>
    public async Task<AdminApi> AsNewUserAsync(string name, string role, string? orgId = null)
    {
        var created = await (await SendAsync(HttpMethod.Post, "/api/admin/users", new { name, role, orgId, password = Password })).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return new AdminApi(new HttpClient { BaseAddress = http.BaseAddress }, created.GetProperty("token").GetString()!);
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return response;
    }

    /// <summary>Imports a briefing's Markdown into the series, as an editor would.</summary>
    public async Task<System.Text.Json.JsonElement> ImportAsync(string seriesId, string markdown, int year)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/series/{seriesId}/import?year={year}")
        {
            Content = new StringContent(markdown, System.Text.Encoding.UTF8, "text/markdown"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"import into {seriesId}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    public async Task<T> GetAsync<T>(string path) =>
        (await (await SendAsync(HttpMethod.Get, path)).Content.ReadFromJsonAsync<T>())!;

    public HttpClient Anonymous() => new() { BaseAddress = http.BaseAddress };

    public void Dispose() => http.Dispose();
}

/// <summary>One test's own series, organisation and people (all with <see cref="AdminApi.Password"/>).</summary>
public sealed record Desk(string SeriesId, string SeriesTitle, string OrgId, string OrgName, string Contributor, string Editor, string SecondEditor);
