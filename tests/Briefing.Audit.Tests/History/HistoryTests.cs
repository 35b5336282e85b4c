using System.Text;
using System.Text.Json;
using Alba;
using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Briefing.Testing;

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
    public async Task the_csv_has_a_header_and_one_row_per_entry_matching_the_json()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var json = (await App.HistoryAsync(scenario.Auditor)).Entries;

        var response = await App.SendAsync("GET", Given.AuditUrl("history") + "?format=csv", scenario.Auditor, 200);
        var rows = Csv.Parse(await response.ReadAsTextAsync());

        Assert.StartsWith("text/csv", response.Context.Response.ContentType, StringComparison.Ordinal);
        Assert.Equal(["sequence", "timestamp", "actorId", "actorName", "module", "itemId", "eventType", "summary", "data"], rows[0]);
        Assert.Equal(json.Count, rows.Count - 1);
        foreach (var (row, entry) in rows.Skip(1).Zip(json))
        {
            Assert.Equal(entry.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture), row[0]);
            Assert.Equal(entry.Actor.Name, row[3]);
            Assert.Equal(entry.EventType, row[6]);
            Assert.Equal(entry.Summary, row[7]);
            Assert.Equal(CanonicalJson.Of(entry.Data.Json), row[8]);
        }
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
