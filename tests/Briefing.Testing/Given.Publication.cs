using System.Text.Json;
using Alba;
using Briefing.EditorialReview;
using Briefing.Identity.Contracts;
using Briefing.Publication;
using Briefing.Publication.CreatingIssues;
using Briefing.Publication.Publishing;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace Briefing.Testing;

/// <summary>State fixtures for assembling and publishing issues.</summary>
public static partial class Given
{
    public const int SampleNumber = 41;
    public static readonly DateOnly SamplePeriodStart = new(2025, 4, 14);
    public static readonly DateOnly SamplePeriodEnd = new(2025, 4, 18);

    public static string IssueUrl(int number = SampleNumber) => $"/api/series/{SeriesId}/issues/{number}";

    /// <summary>An item of 綦江区 submitted, claimed and accepted into <paramref name="section"/>; returns its id.</summary>
    public static async Task<Guid> AcceptedItemAsync(this AppFixture app, string contributor, string editor, string body, string section = "district", string? headline = null)
    {
        var id = await app.SubmittedItemAsync(contributor, new { seriesId = SeriesId, section, headline, body });
        await app.AcceptAsync(id, editor, section);
        return id;
    }

    /// <summary>An editor claims a submitted item and accepts it as it stands, waiting until publication has it in the pool.</summary>
    public static async Task AcceptAsync(this AppFixture app, Guid id, string editor, string? section = null)
    {
        var claimed = await app.SendAndWaitAsync<ReviewState>("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        await app.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor, 200, new { section, expectedVersion = claimed.Version });
    }

    /// <summary>The 25 items of the real 第 41 期, submitted by their contributors and accepted unchanged, in print order.</summary>
    public static async Task<IReadOnlyList<(Guid Id, SampleBriefing.Item Item, string Contributor)>> SampleIssueAcceptedAsync(this AppFixture app, string editor)
    {
        var submitted = await app.SampleIssueSubmittedAsync();
        foreach (var (id, _, _) in submitted)
        {
            await app.AcceptAsync(id, editor);
        }

        return submitted;
    }

    /// <summary>Creates issue <paramref name="number"/> of the series for the week of the sample; returns its version.</summary>
    public static async Task<long> IssueAsync(this AppFixture app, string editor, int number = SampleNumber, string? editorNote = null) =>
        (await app.SendAndWaitAsync<IssueCreatedResponse>("POST", $"/api/series/{SeriesId}/issues", editor, 201,
            new { number, periodStart = SamplePeriodStart, periodEnd = SamplePeriodEnd, editorNote })).Version;

    /// <summary>Places the item last in its section; returns the issue's version after it.</summary>
    public static async Task<long> PlaceAsync(this AppFixture app, string editor, Guid itemId, long expectedVersion, int number = SampleNumber) =>
        (await app.SendAndWaitAsync<IssueState>("POST", $"{IssueUrl(number)}/items", editor, 200, new { itemId, expectedVersion })).Version;

    /// <summary>Signs the issue off; returns its version after it.</summary>
    public static async Task<long> SignOffAsync(this AppFixture app, string chief, long expectedVersion, int number = SampleNumber) =>
        (await app.SendAndWaitAsync<IssueState>("POST", $"{IssueUrl(number)}/sign-off", chief, 200, new { expectedVersion })).Version;

    public static Task<PublishedResponse> PublishAsync(this AppFixture app, string chief, long expectedVersion, int number = SampleNumber) =>
        app.SendAndWaitAsync<PublishedResponse>("POST", $"{IssueUrl(number)}/publish", chief, 200, new { expectedVersion });

    /// <summary>The call is refused as not allowed in the current state: a 409 whose type ends /invalid-state.</summary>
    public static async Task InvalidStateAsync(this AppFixture app, string method, string url, string token, object? body = null)
    {
        var problem = await (await app.SendAsync(method, url, token, 409, body)).ReadAsJsonAsync<ProblemDetails>();
        Assert.EndsWith("/invalid-state", problem!.Type, StringComparison.Ordinal);
    }

    /// <summary>POST to the sample issue's <paramref name="action"/> (<c>sign-off</c>, <c>items</c> ...) with the body and <c>expectedVersion</c> is a 409 invalid-state.</summary>
    public static Task InvalidStateOnIssueAsync(this AppFixture app, string action, string token, long version, object? body = null)
    {
        var fields = JsonSerializer.SerializeToNode(body ?? new { })!.AsObject();
        fields["expectedVersion"] = version;
        return app.InvalidStateAsync("POST", $"{IssueUrl()}/{action}", token, fields);
    }

    /// <summary>A chief editor's token.</summary>
    public static async Task<string> ChiefEditorAsync(this AppFixture app) => (await app.CreateUserAsync(Roles.ChiefEditor, name: "总编辑")).Token;

    /// <summary>Posts a briefing's Markdown to an import URL (its query string included) and waits for what the import sends; returns the answer.</summary>
    public static async Task<IScenarioResult> ImportAsync(this AppFixture app, string token, string markdown, int status, string url)
    {
        var (path, query) = url.Split('?') is [var p, var q] ? (p, "?" + q) : (url, "");
        var (response, _) = await app.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(token);
            s.Post.Text(markdown).ToUrl(path); // Alba's text body would take a query string as part of the path
            s.ConfigureHttpContext(context => context.Request.QueryString = new Microsoft.AspNetCore.Http.QueryString(query));
            s.WithRequestHeader("Content-Type", "text/markdown; charset=utf-8");
            s.StatusCodeShouldBe(status);
        });
        return response;
    }
}
