using Briefing.EditorialReview.Contracts;
using Briefing.Identity.Contracts;
using Briefing.Submission.Contracts;
using Briefing.Submission.ReadingSubmissions;
using Briefing.Testing;
using JasperFx.Events;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;

namespace Briefing.Submission.Tests.SubmittingItems;

[Collection(SharedApp.Collection)]
public sealed class SubmitItemTests(AppFixture app) : SubmissionTest(app)
{
    private const string Body = "綦江区人民政府副区长李钱松带领綦江区科技、经信及相关园区、企业等负责人赴重庆移通学院綦江校区开展专题调研。";

    [Fact]
    public async Task a_contributor_submits_for_its_own_organisation_and_the_headline_defaults_to_its_name()
    {
        var contributor = await WithQijiangContributorAsync();

        var (response, messages) = await App.ScenarioAndWaitAsync(s =>
        {
            s.WithBearerToken(contributor);
            s.Post.Json(new { seriesId = SeriesId, section = "district", body = Body, happenedOn = "2025-04-15" }).ToUrl("/api/submissions");
            s.StatusCodeShouldBe(201);
        });

        var state = await ReadAsync<SubmissionState>(response);
        var id = state.Id;
        Assert.Equal((1L, ItemStatus.Submitted), (state.Version, state.Status));
        Assert.Equal($"/api/submissions/{id}", response.Context.Response.Headers.Location.ToString());

        var item = await GetAsync(id, contributor);
        Assert.Equal(("qijiang", "綦江区", Body, "district", new DateOnly(2025, 4, 15)), (item.OrgId, item.Headline, item.Body, item.Section, item.HappenedOn));
        Assert.Equal("綦江区联络员", item.SubmittedBy.Name);
        var received = messages.Executed.SingleMessage<SubmissionReceived>();
        Assert.Equal((id, item.SubmittedAt), (received.ItemId, received.SubmittedAt));
    }

    [Fact]
    public async Task an_editor_submits_on_behalf_of_a_named_organisation_and_must_name_it()
    {
        await WithSeriesAsync();
        await WithOrganisationAsync("cqu", "重庆大学", "university");
        var editor = await App.TokenForAsync(Roles.Editor);

        var problem = await ProblemAsync("POST", "/api/submissions", editor, 400, new { seriesId = SeriesId, body = Body });
        Assert.Contains("orgId", problem.Errors!.Keys);

        var state = await SubmitAsync(editor, new { seriesId = SeriesId, orgId = "cqu", headline = "重庆大学", body = Body });
        Assert.Equal("cqu", (await GetAsync(state.Id)).OrgId);
    }

    [Fact]
    public async Task a_contributor_naming_another_organisation_is_a_403()
    {
        var contributor = await WithQijiangContributorAsync();
        await WithOrganisationAsync("fuling", "涪陵区");

        await SendAsync("POST", "/api/submissions", contributor, 403, new { seriesId = SeriesId, orgId = "fuling", body = Body });
    }

    [Theory]
    [InlineData("no-such-series", null, "seriesId")]
    [InlineData(SeriesId, "no-such-section", "section")]
    public async Task an_unknown_series_or_section_is_a_400(string seriesId, string? section, string field)
    {
        var contributor = await WithQijiangContributorAsync();

        var problem = await ProblemAsync("POST", "/api/submissions", contributor, 400, new { seriesId, section, body = Body });

        Assert.Contains(field, problem.Errors!.Keys);
    }

    [Fact]
    public async Task an_unknown_organisation_is_a_400()
    {
        await WithSeriesAsync();
        var editor = await App.TokenForAsync(Roles.Editor);

        await SendAsync("POST", "/api/submissions", editor, 400, new { seriesId = SeriesId, orgId = "nowhere", body = Body });
    }

    public static TheoryData<string?, string?, string> BadTexts() => new()
    {
        { null, "", "body" },
        { null, "   \n ", "body" },
        { null, new string('字', 20_001), "body" },
        { null, "报告\u0000全文", "body" },
        { null, "报告\u001B全文", "body" },
        { new string('标', 201), Body, "headline" },
        { "标题\u0007", Body, "headline" },
        { null, "报告\uFFFF全文", "body" },
    };

    [Theory]
    [MemberData(nameof(BadTexts))]
    public async Task bad_text_is_a_400_naming_the_field_and_nothing_is_stored(string? headline, string? body, string field)
    {
        var contributor = await WithQijiangContributorAsync();

        var problem = await ProblemAsync("POST", "/api/submissions", contributor, 400, new { seriesId = SeriesId, headline, body });

        Assert.Contains(field, problem.Errors!.Keys);
        Assert.Equal(0, (await ListAsync(App.AdminToken)).Total);
    }

    [Fact]
    public async Task an_unpaired_surrogate_is_a_400_and_nothing_is_stored()
    {
        var contributor = await WithQijiangContributorAsync();

        var result = await App.Host.Scenario(s =>
        {
            s.WithBearerToken(contributor);
            s.Post.Text($$"""{"seriesId":"{{SeriesId}}","body":"半个\uD83D字"}""").ToUrl("/api/submissions");
            s.WithRequestHeader("Content-Type", "application/json");
            s.StatusCodeShouldBe(400);
        });

        Assert.Contains("body", await result.ReadAsTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await ListAsync(App.AdminToken)).Total);
    }

    [Fact]
    public async Task text_is_stored_exactly_as_sent()
    {
        var contributor = await WithQijiangContributorAsync();
        const string exact = "  第一段，\t含制表符。\r\n\r\n第二段 with SGS、supOS 和 AI。𠀀（扩展B）  ";

        var state = await SubmitAsync(contributor, new { seriesId = SeriesId, headline = " 綦江区 ", body = exact });

        var item = await GetAsync(state.Id);
        Assert.Equal(exact, item.Body);
        Assert.Equal(" 綦江区 ", item.Headline);
    }

    [Fact]
    public async Task a_body_of_exactly_twenty_thousand_characters_is_accepted()
    {
        var contributor = await WithQijiangContributorAsync();

        var state = await SubmitAsync(contributor, new { seriesId = SeriesId, body = new string('字', 20_000) });

        Assert.Equal(20_000, (await GetAsync(state.Id)).Body.Length);
    }

    [Fact]
    public async Task every_change_to_an_item_is_an_event_with_its_actor()
    {
        var contributor = await WithQijiangContributorAsync();
        var item = await SubmitAsync(contributor, new { seriesId = SeriesId, body = "初稿" });
        await App.Host.ExecuteAndWaitAsync(c => c.PublishAsync(new ReviewStarted(item.Id)).AsTask());

        await using var session = App.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(item.Id);
        Assert.Equal([typeof(ItemSubmitted), typeof(SubmissionInReview)], events.Select(e => e.EventType));
        Assert.Equal(["綦江区联络员", "system"], events.Select(e => e.Headers?["actor-name"]?.ToString()));
    }
}
