using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Testing;

namespace Briefing.Console.Tests.Assembling;

/// <summary>
/// A series laid out like the real 第 41 期 (its sections, 分送 and 投稿邮箱), an organisation per
/// unit, an editor and a chief editor, and the sample's items accepted through the API.
/// </summary>
public sealed record SampleDesk(string SeriesId, string SeriesTitle, string Editor, string SecondEditor, string Chief, IReadOnlyList<AcceptedItem> Items)
{
    public static readonly IReadOnlyDictionary<string, string> SectionKeys = new Dictionary<string, string>
    {
        ["区县动态"] = "district",
        ["高校动态"] = "university",
        ["近期工作"] = "recent-work",
    };

    public AcceptedItem Item(string headline) => Items.Single(item => item.Headline == headline);

    /// <summary>
    /// The sample's first <paramref name="count"/> items, accepted in the document's order (each into its own
    /// section unless <paramref name="acceptedInto"/> names another for its headline).
    /// </summary>
    public static async Task<SampleDesk> CreateAsync(AdminApi admin, int count = 25, IReadOnlyDictionary<string, string>? acceptedInto = null)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var desk = new SampleDesk($"sample-{tag}", $"{SampleBriefing.Title}{tag}", $"编辑{tag}", $"第二编辑{tag}", $"总编辑{tag}", []);
        await admin.SendAsync(HttpMethod.Post, "/api/series", new
        {
            id = desk.SeriesId,
            title = desk.SeriesTitle,
            issuingUnit = SampleBriefing.IssuingUnit,
            sections = SectionKeys.Select(section => new { key = section.Value, title = section.Key }),
            distribution = SampleBriefing.Distribution,
            submissionEmail = SampleBriefing.SubmissionEmail,
        });
        await admin.CreateUserAsync(desk.Editor, "editor");
        await admin.CreateUserAsync(desk.SecondEditor, "editor");
        await admin.CreateUserAsync(desk.Chief, "chief-editor");

        var items = new List<AcceptedItem>();
        foreach (var (sample, index) in SampleBriefing.Items.Take(count).Select((sample, index) => (sample, index)))
        {
            var orgId = $"u{tag}-{index:00}";
            await admin.SendAsync(HttpMethod.Post, "/api/orgs", new { id = orgId, name = sample.Headline, kind = sample.SectionTitle == "近期工作" ? "department" : "university" });
            var section = acceptedInto?.GetValueOrDefault(sample.Headline) ?? SectionKeys[sample.SectionTitle];
            var created = await admin.ReadAsync(HttpMethod.Post, "/api/submissions", new { seriesId = desk.SeriesId, orgId, headline = sample.Headline, body = sample.Body });
            var id = created.GetProperty("id").GetGuid();
            var review = await admin.GetAsync<JsonElement>($"/api/review/items/{id}");
            var claimed = await admin.ReadAsync(HttpMethod.Post, $"/api/review/items/{id}/claim", new { expectedVersion = review.GetProperty("version").GetInt64() });
            await admin.SendAsync(HttpMethod.Post, $"/api/review/items/{id}/accept", new { section, expectedVersion = claimed.GetProperty("version").GetInt64() });
            items.Add(new AcceptedItem(id, sample.Headline, sample.Body, SectionKeys[sample.SectionTitle]));
        }

        return desk with { Items = items };
    }
}

/// <summary>An item of the sample, accepted; <see cref="Section"/> is where the document prints it.</summary>
public sealed record AcceptedItem(Guid Id, string Headline, string Body, string Section);

public static class AdminApiReads
{
    public static async Task<JsonElement> ReadAsync(this AdminApi admin, HttpMethod method, string path, object? body = null) =>
        await (await admin.SendAsync(method, path, body)).Content.ReadFromJsonAsync<JsonElement>();
}
