using System.Text;
using System.Text.Json;
using Alba;
using Briefing.Audit.Chain;
using Briefing.Audit.History;
using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Microsoft.Net.Http.Headers;

namespace Briefing.Audit.Tests.History;

[Collection(SharedApp.Collection)]
public sealed class HistoryTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task the_history_covers_the_issue_and_the_whole_life_of_each_item_in_order_with_who_did_it()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", scenario.Chief, 201,
            new { itemId = scenario.First, text = "甲稿日期有误。", expectedVersion = (await App.IssueAnswerAsync(scenario.Chief)).Version });

        var entries = (await App.HistoryAsync(scenario.Auditor)).Entries;

        var sequences = entries.Select(e => e.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences.Distinct().Count(), sequences.Count);
        var second = entries.Where(e => e.ItemId == scenario.Second).Select(e => (e.EventType, e.Actor.Name, e.Module)).ToList();
        Assert.Equal(("item_submitted", AuditScenario.ContributorName, "submission"), second[0]);
        Assert.Contains(("review_claimed", AuditScenario.EditorName, "editorial-review"), second);
        Assert.Contains(("review_edited", AuditScenario.EditorName, "editorial-review"), second);
        Assert.Contains(("review_accepted", AuditScenario.EditorName, "editorial-review"), second);
        Assert.Contains(("issue_item_placed", AuditScenario.EditorName, "publication"), second);
        Assert.Contains(("submission_published", AuditScenario.ChiefName, "submission"), second); // the chief's publishing, carried by a message
        var issueEvents = entries.Where(e => e.Module == "publication").Select(e => (e.EventType, e.Actor.Name)).ToList();
        Assert.Contains(("issue_signed_off", AuditScenario.ChiefName), issueEvents);
        Assert.Contains(("issue_published", AuditScenario.ChiefName), issueEvents);
        Assert.Contains(("erratum_issued", AuditScenario.ChiefName), issueEvents);
        var edit = entries.Single(e => e.EventType == "review_edited");
        Assert.Equal("编辑修改稿件：润色", edit.Summary);
        Assert.Equal("乙稿定稿。", JsonDocument.Parse(edit.Data.Json).RootElement.Text("body"));
    }

    [Fact]
    public async Task the_csv_is_an_attachment_with_a_byte_order_mark_a_header_and_one_row_per_entry_matching_the_json()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var json = (await App.HistoryAsync(scenario.Auditor)).Entries;

        var response = await App.SendAsync("GET", Given.AuditUrl("history") + "?format=csv", scenario.Auditor, 200);
        var bytes = Bytes(response);
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes.AsSpan(3)));

        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.StartsWith("text/csv", response.Context.Response.ContentType, StringComparison.Ordinal);
        var disposition = ContentDispositionHeaderValue.Parse(response.Context.Response.Headers.ContentDisposition.ToString());
        Assert.Equal("attachment", disposition.DispositionType.ToString());
        Assert.Equal($"{Given.SeriesId}-{Given.SampleNumber}-history.csv", disposition.FileName.ToString().Trim('"'));
        Assert.Equal($"第{Given.SampleNumber}期历史记录.csv", disposition.FileNameStar.ToString());
        Assert.Equal(["sequence", "timestamp", "actorId", "actorName", "module", "itemId", "eventType", "summary", "data", "headline"], rows[0]);
        Assert.Equal(json.Count, rows.Count - 1);
        foreach (var (row, entry) in rows.Skip(1).Zip(json))
        {
            Assert.Equal(entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(entry.Actor.Name, row[3]);
            Assert.Equal(entry.EventType, row[6]);
            Assert.Equal(entry.Summary, row[7]);
            Assert.Equal(CanonicalJson.Of(entry.Data.Json), row[8]);
            Assert.Equal(entry.Headline ?? "", row[9]);
        }

        var review = Csv.Parse(Encoding.UTF8.GetString(Bytes(await App.SendAsync("GET", Given.AuditUrl("history") + "?format=csv&module=editorial-review&page=1&pageSize=2", scenario.Auditor, 200)).AsSpan(3)));
        Assert.Equal(json.Count(e => e.Module == "editorial-review"), review.Count - 1); // filtered, but never paged
        Assert.All(review.Skip(1), row => Assert.Equal("editorial-review", row[4]));
    }

    [Fact]
    public async Task each_entry_names_its_items_headline_as_of_then_and_the_answer_lists_every_actor_and_item_under_its_latest_headline()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor, name: AuditScenario.EditorName)).Token;
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, section = "district", headline = "初拟标题", body = "正文。" });
        var claimed = await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        var edited = await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/edits", editor, 200,
            new { headline = "改定标题", body = "正文。", expectedVersion = claimed.GetProperty("version").GetInt64() });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/accept", editor, 200, new { expectedVersion = edited.GetProperty("version").GetInt64() });
        await App.PlaceAsync(editor, id, await App.IssueAsync(editor));

        var history = await App.HistoryAsync(auditor);

        var entries = history.Entries;
        Assert.Equal("初拟标题", entries.Single(e => e.EventType == "item_submitted").Headline);
        Assert.Equal("初拟标题", entries.Single(e => e.EventType == "review_claimed").Headline);
        Assert.Equal("改定标题", entries.Single(e => e.EventType == "review_edited").Headline);
        Assert.Equal("改定标题", entries.Single(e => e.EventType == "issue_item_placed").Headline);
        Assert.Null(entries.Single(e => e.EventType == "issue_created").Headline);
        Assert.Equal([new HistoryItem(id, "改定标题")], history.Items);
        Assert.Equal([AuditScenario.ContributorName, AuditScenario.EditorName], history.Actors.Select(a => a.Name).Where(name => name != "system"));
        Assert.Equal(entries.Count, history.Total);
        Assert.Null(history.Page);
    }

    [Fact]
    public async Task the_history_filters_by_actor_item_module_and_time_and_pages_while_the_lists_cover_the_whole_history()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var full = await App.HistoryAsync(scenario.Auditor);
        var raw = await App.JsonAsync(Given.AuditUrl("history"), scenario.Auditor);
        var editor = full.Actors.Single(a => a.Name == AuditScenario.EditorName);

        var byActor = await HistoryAsync(scenario, $"actor={Uri.EscapeDataString(editor.Id)}");
        var byItem = await HistoryAsync(scenario, $"itemId={scenario.Second}");
        var byModule = await HistoryAsync(scenario, "module=editorial-review");
        // The instants exactly as the JSON wrote them: as a person's filter would send them back.
        var (from, to) = (raw.GetProperty("entries")[3].GetProperty("timestamp").GetString()!, raw.GetProperty("entries")[8].GetProperty("timestamp").GetString()!);
        var byTime = await HistoryAsync(scenario, $"from={Uri.EscapeDataString(from)}&to={Uri.EscapeDataString(to)}");
        var all = await HistoryAsync(scenario, $"itemId={scenario.Second}&module=editorial-review&actor={Uri.EscapeDataString(editor.Id)}");
        var page = await HistoryAsync(scenario, "page=2&pageSize=5");

        Assert.Equal(full.Entries.Where(e => e.Actor.Id == editor.Id).Select(e => e.Sequence), byActor.Entries.Select(e => e.Sequence));
        Assert.Equal(full.Entries.Where(e => e.ItemId == scenario.Second).Select(e => e.Sequence), byItem.Entries.Select(e => e.Sequence));
        Assert.Equal(full.Entries.Where(e => e.Module == "editorial-review").Select(e => e.Sequence), byModule.Entries.Select(e => e.Sequence));
        Assert.Equal(full.Entries.Where(e => e.Timestamp >= full.Entries[3].Timestamp && e.Timestamp <= full.Entries[8].Timestamp).Select(e => e.Sequence), byTime.Entries.Select(e => e.Sequence));
        Assert.Contains(full.Entries[3].Sequence, byTime.Entries.Select(e => e.Sequence)); // both ends included
        Assert.Contains(full.Entries[8].Sequence, byTime.Entries.Select(e => e.Sequence));
        Assert.Equal(full.Entries.Where(e => e.ItemId == scenario.Second && e.Module == "editorial-review" && e.Actor.Id == editor.Id).Select(e => e.Sequence),
            all.Entries.Select(e => e.Sequence));
        Assert.NotEmpty(all.Entries);
        Assert.Equal(byItem.Entries.Count, byItem.Total);
        Assert.Equal(full.Entries.Skip(5).Take(5).Select(e => e.Sequence), page.Entries.Select(e => e.Sequence));
        Assert.Equal((full.Entries.Count, 2, 5), (page.Total, page.Page, page.PageSize));
        Assert.Equal(full.Actors, byItem.Actors);
        Assert.Equal(full.Items, byModule.Items);
        Assert.Equal([scenario.First, scenario.Second], full.Items.Select(item => item.ItemId));
        Assert.Empty((await HistoryAsync(scenario, "page=99&pageSize=1000")).Entries);
    }

    [Theory]
    [InlineData("itemId=not-a-guid", "itemId")]
    [InlineData("module=audit", "module")]
    [InlineData("from=2025-04-17T18:00:00", "from")] // no offset: whose six o'clock?
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2025-04-18T00:00:00Z&to=2025-04-17T00:00:00Z", "to")]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1001", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=two", "page")]
    public async Task a_bad_filter_or_page_is_a_400_naming_it(string query, string field)
    {
        var auditor = await App.TokenForAsync(Roles.Auditor);

        var problem = await App.SendAsync("GET", Given.AuditUrl("history") + "?" + query, auditor, 400);

        var errors = JsonDocument.Parse(await problem.ReadAsTextAsync()).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), errors.ToString());
    }

    private Task<HistoryResponse> HistoryAsync(AuditScenario scenario, string query) =>
        App.ReadAsync<HistoryResponse>(Given.AuditUrl("history") + "?" + query, scenario.Auditor);

    private static byte[] Bytes(IScenarioResult response)
    {
        using var copy = new MemoryStream();
        response.Context.Response.Body.CopyTo(copy);
        return copy.ToArray();
    }

    [Fact]
    public async Task an_unknown_issue_or_format_is_refused_and_auditors_write_nothing()
    {
        var scenario = await AuditScenario.PublishedAsync(App);

        await App.SendAsync("GET", $"/api/audit/series/{Given.SeriesId}/issues/99/history", scenario.Auditor, 404);
        await App.SendAsync("GET", Given.AuditUrl("history") + "?format=xml", scenario.Auditor, 400);
        await App.SendAsync("GET", Given.AuditUrl("history"), scenario.Editor, 403);
        await App.SendAsync("GET", $"{Given.IssueUrl()}/render?format=md", scenario.Auditor, 200);
        await App.SendAsync("POST", $"{Given.IssueUrl()}/errata", scenario.Auditor, 403, new { text = "审计员不能写。", expectedVersion = 1 });
        await App.SendAsync("POST", $"/api/review/items/{scenario.First}/edits", scenario.Auditor, 403, new { body = "审计员不能写。", expectedVersion = 1 });
    }

    /// <summary>An RFC 4180 reader: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var row = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    row.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\n')
                {
                    row.Add(field.ToString().TrimEnd('\r'));
                    field.Clear();
                    rows.Add([.. row]);
                    row.Clear();
                }
                else
                {
                    field.Append(c);
                }
            }

            return rows;
        }
    }
}
