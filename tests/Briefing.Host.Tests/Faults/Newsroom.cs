using System.Text.Json;

namespace Briefing.Host.Tests.Faults;

/// <summary>A series, the organisation 綦江区, one of its contributors and an editor, made through the admin API.</summary>
public sealed record Newsroom(string SeriesId, string Contributor, string Editor)
{
    public static async Task<Newsroom> CreateAsync(BriefingApi api, string adminToken)
    {
        const string seriesId = "jiaoyu-qiangshi";
        await api.MustAsync(HttpMethod.Post, "/api/series", adminToken, new
        {
            id = seriesId,
            title = "教育强市建设工作简报",
            issuingUnit = "教育强市区县行专班",
            sections = new[] { new { key = "district", title = "区县动态" } },
            distribution = "各区县教委",
        });
        await api.MustAsync(HttpMethod.Post, "/api/orgs", adminToken, new { id = "qijiang", name = "綦江区", kind = "district" });
        var contributor = await api.MustAsync(HttpMethod.Post, "/api/admin/users", adminToken, new { name = "綦江区联络员", role = "contributor", orgId = "qijiang" });
        var editor = await api.MustAsync(HttpMethod.Post, "/api/admin/users", adminToken, new { name = "编辑", role = "editor" });
        return new Newsroom(seriesId, Token(contributor), Token(editor));
    }

    private static string Token(JsonElement user) => user.GetProperty("token").GetString()!;
}
