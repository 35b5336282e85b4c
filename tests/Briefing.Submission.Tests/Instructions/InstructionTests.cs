using System.Globalization;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Briefing.Testing;

namespace Briefing.Submission.Tests.Instructions;

[Collection(SharedApp.Collection)]
public sealed class InstructionTests(AppFixture app) : SubmissionTest(app)
{
    private static string Url(Guid itemId, int number = Given.SampleNumber) => $"{Given.IssueUrl(number)}/items/{itemId}/instructions";

    private static string Today => ChinaTime.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static object Instruction(string? givenOn = null, string level = "市级") =>
        new { leader = "李市长", level, text = "请认真总结，形成可复制的经验。", givenOn = givenOn ?? Today };

    [Fact]
    public async Task an_instruction_is_recorded_on_a_published_item_only_and_listed_with_who_recorded_it()
    {
        var contributor = await WithQijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "信息科编辑")).Token;
        var chief = await App.ChiefEditorAsync();
        var item = await App.AcceptedItemAsync(contributor, editor, "綦江区召开产教融合推进会。");
        var version = await App.IssueAsync(editor);
        version = await App.PlaceAsync(editor, item, version);

        await App.InvalidStateAsync("POST", Url(item), editor, Instruction());
        version = await App.SignOffAsync(chief, version);
        await App.PublishAsync(chief, version);
        await App.SendAsync("POST", Url(item, number: 40), editor, 404, Instruction());
        await App.SendAsync("POST", Url(Guid.NewGuid()), editor, 404, Instruction());
        await App.SendAsync("POST", Url(item), contributor, 403, Instruction());
        await App.SendAsync("POST", Url(item), editor, 400, Instruction(givenOn: "2099-01-01"));
        await App.SendAsync("POST", Url(item), editor, 400, Instruction(givenOn: "2020-01-01"));
        await App.SendAsync("POST", Url(item), editor, 400, new { leader = "李市长", level = "市级", givenOn = Today });
        var created = await App.SendAndWaitAsync("POST", Url(item), editor, 201, Instruction());

        var listed = (await App.JsonAsync(Url(item), await App.TokenForAsync(Roles.Auditor))).EnumerateArray().ToList();
        Assert.Equal([created.GetProperty("id").GetGuid()], listed.Select(instruction => instruction.GetProperty("id").GetGuid()));
        Assert.Equal(("李市长", "市级", Today, "信息科编辑"), (listed[0].GetProperty("leader").GetString(), listed[0].GetProperty("level").GetString(),
            listed[0].GetProperty("givenOn").GetString(), listed[0].GetProperty("recordedBy").GetProperty("name").GetString()));

        var history = await App.JsonAsync(Given.AuditUrl("history") + $"?itemId={item}", await App.TokenForAsync(Roles.Auditor));
        var entry = history.GetProperty("entries").EnumerateArray().Single(entry => entry.GetProperty("eventType").GetString() == "instruction_given");
        Assert.Equal($"登记市级领导批示（李市长，{Today}）：请认真总结，形成可复制的经验。", entry.GetProperty("summary").GetString());
        Assert.Equal("信息科编辑", entry.GetProperty("actor").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("?from=2025-04-01&to=2025-04-30", "seriesId")]
    [InlineData($"?seriesId={SeriesId}&from=2025-05-01&to=2025-04-30", "from")]
    [InlineData($"?seriesId={SeriesId}&from=2025-04-31", "from")]
    [InlineData($"?seriesId={SeriesId}&from=2000-01-01&to=2025-04-30", "to")]
    [InlineData($"?seriesId={SeriesId}&rules=latest", "rules")]
    [InlineData($"?seriesId={SeriesId}&format=pdf", "format")]
    public async Task a_bad_statistics_query_is_a_400_naming_the_parameter(string query, string field)
    {
        await WithSeriesAsync();

        var problem = await ProblemAsync("GET", "/api/stats/organisations" + query, await App.TokenForAsync(Roles.Editor), 400);

        Assert.Contains(field, problem.Detail + string.Join(' ', problem.Errors?.Keys ?? []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task contributors_do_not_see_the_statistics_and_an_unknown_series_has_none()
    {
        var contributor = await WithQijiangContributorAsync();

        await App.SendAsync("GET", $"/api/stats/organisations?seriesId={SeriesId}", contributor, 403);
        await App.SendAsync("GET", "/api/stats/organisations?seriesId=no-such-series", await App.TokenForAsync(Roles.Auditor), 404);
        var thisMonth = await App.JsonAsync($"/api/stats/organisations?seriesId={SeriesId}", App.AdminToken);
        var today = ChinaTime.Today(TimeProvider.System);
        Assert.Equal((new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Today),
            (thisMonth.GetProperty("from").GetString(), thisMonth.GetProperty("to").GetString()));
        Assert.Equal(0, thisMonth.GetProperty("rows").GetArrayLength());
    }
}
