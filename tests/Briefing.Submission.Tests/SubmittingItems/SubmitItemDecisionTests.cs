using JasperFx.Events;
using Briefing.Submission.Contracts;
using Briefing.Submission.SubmittingItems;
using Microsoft.Extensions.Time.Testing;
using Wolverine.Http;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.SubmittingItems;

/// <summary>Submitting decided without a database: given the series, the organisation and who asks, this command gives this stream or this problem.</summary>
public sealed class SubmitItemDecisionTests
{
    private static readonly SubmitItem Command = new(SeriesId, null, "district", null, "初稿。", new DateOnly(2026, 4, 13));

    [Fact]
    public void a_contributors_item_starts_a_stream_of_its_own_organisation_and_review_hears_of_it_at_the_same_instant()
    {
        var clock = new FakeTimeProvider(SubmittedAt);
        var contributor = ContributorOf("qijiang");

        Assert.Same(WolverineContinue.NoProblems, SubmitItemEndpoint.Validate(Command, contributor, Series(), Organisation()));
        var (created, start, messages) = SubmitItemEndpoint.Post(Command, contributor, Series(), Organisation(), clock);

        var stored = Assert.IsAssignableFrom<IEvent<ItemSubmitted>>(Assert.Single(start.Events));
        var submitted = stored.Data;
        Assert.Equal((submitted.ItemId, typeof(SubmissionItem)), (start.StreamId, start.AggregateType));
        Assert.Equal(("qijiang", "綦江区", "district", QijiangContributor), (submitted.OrgId, submitted.Headline, submitted.Section, submitted.SubmittedBy));
        Assert.Equal(new SubmissionReceived(submitted.ItemId, SeriesId, "qijiang", "district", "綦江区", "初稿。", new DateOnly(2026, 4, 13), SubmittedAt), Assert.Single(messages));
        Assert.Equal(SubmittedAt, stored.Timestamp);
        Assert.Equal($"/api/submissions/{submitted.ItemId}", created.Location);
        Assert.Equal((submitted.ItemId, 1L, ItemStatus.Submitted), (created.Value!.Id, created.Value.Version, created.Value.Status));
    }

    [Fact]
    public void a_contributor_naming_another_organisation_is_forbidden()
    {
        var problem = SubmitItemEndpoint.Validate(Command with { OrgId = "fuling" }, ContributorOf("qijiang"), Series(), Organisation());

        Assert.Equal(403, problem.Status);
    }

    [Fact]
    public void an_editor_names_the_organisation_and_the_headline_it_gives_is_kept()
    {
        var command = Command with { OrgId = "cqu", Headline = "重庆大学" };
        var editor = SignedInEditor();

        Assert.Equal(["orgId"], SubmitItemEndpoint.Validate(Command, editor, Series(), organisation: null).Fields());
        Assert.Same(WolverineContinue.NoProblems, SubmitItemEndpoint.Validate(command, editor, Series(), Organisation("cqu", "重庆大学")));
        var (_, start, _) = SubmitItemEndpoint.Post(command, editor, Series(), Organisation("cqu", "重庆大学"), new FakeTimeProvider(SubmittedAt));

        var stored = Assert.IsAssignableFrom<IEvent<ItemSubmitted>>(Assert.Single(start.Events));
        var submitted = stored.Data;
        Assert.Equal(("cqu", "重庆大学", Editor), (submitted.OrgId, submitted.Headline, submitted.SubmittedBy));
    }

    [Theory]
    [InlineData(false, true, null, "seriesId")]
    [InlineData(true, false, null, "orgId")]
    [InlineData(true, true, "abroad", "section")]
    public void an_unknown_series_organisation_or_section_is_a_400_naming_the_field(bool seriesExists, bool organisationExists, string? section, string field)
    {
        var problem = SubmitItemEndpoint.Validate(Command with { Section = section }, ContributorOf("qijiang"),
            seriesExists ? Series() : null, organisationExists ? Organisation() : null);

        Assert.Equal(400, problem.Status);
        Assert.Equal([field], problem.Fields());
    }

    [Theory]
    [InlineData(null, "", "body")]
    [InlineData(null, "报告\u0000全文", "body")]
    [InlineData("标题\u0007", "正文。", "headline")]
    public void bad_text_is_a_400_before_anything_else(string? headline, string body, string field)
    {
        var problem = SubmitItemEndpoint.Validate(Command with { Headline = headline, Body = body, OrgId = "fuling" }, ContributorOf("qijiang"), series: null, organisation: null);

        Assert.Equal([field], problem.Fields());
    }

    [Fact]
    public void the_limits_are_the_contracts()
    {
        var contributor = ContributorOf("qijiang");

        Assert.Same(WolverineContinue.NoProblems, SubmitItemEndpoint.Validate(Command with { Headline = new string('标', 200), Body = new string('字', 20_000) }, contributor, Series(), Organisation()));
        Assert.Equal(400, SubmitItemEndpoint.Validate(Command with { Headline = new string('标', 201) }, contributor, Series(), Organisation()).Status);
        Assert.Equal(400, SubmitItemEndpoint.Validate(Command with { Body = new string('字', 20_001) }, contributor, Series(), Organisation()).Status);
    }
}
