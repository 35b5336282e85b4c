using System.Globalization;
using Alba;
using Briefing.Audit.History;
using Briefing.Audit.Revisions;
using Briefing.Audit.Verifying;
using Briefing.Identity.Contracts;
using Briefing.Publication.Contracts;

namespace Briefing.Testing;

/// <summary>What auditors read, as typed answers, and the published issue they audit (<see cref="AuditScenario"/>).</summary>
public static partial class Given
{
    /// <summary>An audit URL of the sample issue: <c>history</c>, <c>as-of</c> or <c>verify</c>.</summary>
    public static string AuditUrl(string what) => $"/api/audit/series/{SeriesId}/issues/{SampleNumber}/{what}";

    public static string AsOfUrl(DateTimeOffset at) => AuditUrl("as-of") + "?at=" + Uri.EscapeDataString(at.ToString("O", CultureInfo.InvariantCulture));

    /// <summary>The sample issue as publication answers it now.</summary>
    public static Task<IssueAnswer> IssueAnswerAsync(this AppFixture app, string token) => app.ReadAsync<IssueAnswer>(IssueUrl(), token);

    /// <summary>The sample issue as it stood at <paramref name="at"/>, rebuilt by the audit from the events.</summary>
    public static Task<IssueAnswer> AsOfAsync(this AppFixture app, string token, DateTimeOffset at) => app.ReadAsync<IssueAnswer>(AsOfUrl(at), token);

    public static Task<HistoryResponse> HistoryAsync(this AppFixture app, string token) => app.ReadAsync<HistoryResponse>(AuditUrl("history"), token);

    public static Task<VerifyResponse> VerifyAsync(this AppFixture app, string token) => app.ReadAsync<VerifyResponse>(AuditUrl("verify"), token);

    public static Task<IReadOnlyList<RevisionResponse>> RevisionsAsync(this AppFixture app, string token, Guid itemId) =>
        app.ReadAsync<IReadOnlyList<RevisionResponse>>($"/api/audit/items/{itemId}/revisions", token);

    public static Task<IReadOnlyList<DiffOp>> DiffAsync(this AppFixture app, string token, Guid itemId, int from, int to) =>
        app.ReadAsync<IReadOnlyList<DiffOp>>($"/api/audit/items/{itemId}/diff?from={from}&to={to}", token);

    /// <summary>The version a GET answers: an item's, an issue's.</summary>
    public static async Task<long> CurrentVersionAsync(this AppFixture app, string url, string token) => (await app.ReadAsync<VersionOnly>(url, token)).Version;

    private sealed record VersionOnly(long Version);
}

/// <summary>An issue as an answer carries it (publication's issue, the audit's as-of), statuses as the contract's strings.</summary>
public sealed record IssueAnswer(long Version, string Status, string? EditorNote, DateTimeOffset? PublishedAt, string? ContentHash, DateTimeOffset? AsOf, IReadOnlyList<DocumentSection> Sections)
{
    /// <summary>Every item in print order, with its body.</summary>
    public IReadOnlyList<(Guid ItemId, string Body)> Items => [.. Sections.SelectMany(section => section.Items).Select(item => (item.ItemId, item.Body))];
}

/// <summary>
/// Issue 41 with two items of 綦江区, as people would make it: one accepted as submitted, the other
/// edited by the editor before acceptance; both placed, signed off and published.
/// </summary>
public sealed record AuditScenario(Guid First, Guid Second, string Contributor, string Editor, string Chief, string Auditor)
{
    public const string ContributorName = "綦江区联络员";
    public const string EditorName = "审稿编辑";
    public const string ChiefName = "总编辑";

    public static async Task<AuditScenario> PublishedAsync(AppFixture app)
    {
        var contributor = await app.QijiangContributorAsync();
        var editor = (await app.CreateUserAsync(Roles.Editor, name: EditorName)).Token;
        var chief = await app.ChiefEditorAsync();
        var auditor = (await app.CreateUserAsync(Roles.Auditor, name: "审计员")).Token;

        var first = await app.AcceptedItemAsync(contributor, editor, "甲稿。");
        var second = await app.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, section = "district", body = "乙稿初稿。" });
        var claimed = await app.SendAndWaitAsync("POST", $"/api/review/items/{second}/claim", editor, 200, new { expectedVersion = 1 });
        var edited = await app.SendAndWaitAsync("POST", $"/api/review/items/{second}/edits", editor, 200,
            new { body = "乙稿定稿。", note = "润色", expectedVersion = claimed.GetProperty("version").GetInt64() });
        await app.SendAndWaitAsync("POST", $"/api/review/items/{second}/accept", editor, 200, new { expectedVersion = edited.GetProperty("version").GetInt64() });

        var version = await app.IssueAsync(editor);
        version = await app.PlaceAsync(editor, first, version);
        version = await app.PlaceAsync(editor, second, version);
        await app.PublishAsync(chief, await app.SignOffAsync(chief, version));
        return new AuditScenario(first, second, contributor, editor, chief, auditor);
    }
}
