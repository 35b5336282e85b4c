using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Audit.Tests;

/// <summary>
/// Issue 41 with two items of 綦江区, as people would make it: one accepted as submitted, the other
/// edited by the editor before acceptance; both placed, signed off and published.
/// </summary>
public sealed record AuditScenario(Guid First, Guid Second, string Contributor, string Editor, string Chief, string Auditor)
{
    public const string ContributorName = "綦江区联络员";
    public const string EditorName = "审稿编辑";
    public const string ChiefName = "总编辑";

    public static string AuditUrl(string what) => $"/api/audit/series/{Given.SeriesId}/issues/{Given.SampleNumber}/{what}";

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
