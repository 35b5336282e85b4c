using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Audit.Tests.Verifying;

/// <summary>An auditor takes the real 第 41 期, published through the API from its 25 items.</summary>
[Collection(SharedApp.Collection)]
public sealed class SampleIssueAuditTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task an_auditor_lists_everything_that_happened_to_issue_41_sees_it_before_publication_diffs_and_verifies_it()
    {
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "值班编辑")).Token;
        var chief = await App.ChiefEditorAsync();
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var items = await App.SampleIssueAcceptedAsync(editor);
        var version = await App.IssueAsync(chief);
        foreach (var (id, _, _) in items)
        {
            version = await App.PlaceAsync(chief, id, version);
        }

        var signedOff = await App.SignOffAsync(chief, version);
        var beforePublication = DateTimeOffset.UtcNow;
        await App.PublishAsync(chief, signedOff);

        var history = (await App.JsonAsync(AuditScenario.AuditUrl("history"), auditor)).GetProperty("entries").EnumerateArray().ToList();
        Assert.All(items, item => Assert.Contains(history, e => e.GetProperty("eventType").GetString() == "item_submitted" && e.GetProperty("itemId").GetGuid() == item.Id));
        Assert.Equal(25, history.Count(e => e.GetProperty("eventType").GetString() == "review_accepted" && e.GetProperty("actor").GetProperty("name").GetString() == "值班编辑"));

        var then = await App.JsonAsync(AuditScenario.AuditUrl("as-of") + "?at=" + Uri.EscapeDataString(beforePublication.ToString("O", System.Globalization.CultureInfo.InvariantCulture)), auditor);
        Assert.Equal("signed-off", then.GetProperty("status").GetString());
        Assert.Equal(items.Select(i => i.Id), then.GetProperty("sections").EnumerateArray().SelectMany(s => s.GetProperty("items").EnumerateArray()).Select(i => i.GetProperty("itemId").GetGuid()));

        Assert.Single((await App.JsonAsync($"/api/audit/items/{items[0].Id}/revisions", auditor)).EnumerateArray());
        var verify = await App.JsonAsync(AuditScenario.AuditUrl("verify"), auditor);
        Assert.True(verify.GetProperty("match").GetBoolean());
        Assert.True(verify.GetProperty("chain").GetProperty("intact").GetBoolean());
    }
}
