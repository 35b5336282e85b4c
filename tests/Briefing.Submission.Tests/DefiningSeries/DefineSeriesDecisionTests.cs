using Briefing.Submission.Contracts;
using Briefing.Submission.DefiningSeries;
using Wolverine.Http;
using static Briefing.Submission.Tests.SubmissionItems;

namespace Briefing.Submission.Tests.DefiningSeries;

/// <summary>Defining a series decided without a database: given what exists, this command gives this stream or this problem.</summary>
public sealed class DefineSeriesDecisionTests
{
    private static readonly DefineSeries Command = new(SeriesId, "教育强市区县行简报", "教育强市区县行专班",
        [new SeriesSection("district", "区县动态"), new SeriesSection("university", "高校动态")], "市委教育工委", "jyqsqxxzb@163.com");

    [Fact]
    public void a_new_series_starts_its_stream_and_the_other_modules_hear_of_it()
    {
        Assert.Same(WolverineContinue.NoProblems, DefineSeriesEndpoint.Validate(Command, existing: null));
        var (created, start, messages) = DefineSeriesEndpoint.Post(Command);

        Assert.Equal(Series.StreamIdFor(SeriesId), start.StreamId);
        var defined = Assert.IsType<SeriesCreated>(Assert.Single(start.Events));
        Assert.Equal([new SeriesDefined(SeriesId, defined.Title, defined.IssuingUnit, defined.Sections, defined.Distribution, defined.SubmissionEmail)], messages);
        Assert.Equal(($"/api/series/{SeriesId}", "教育强市区县行专班"), (created.Location, created.Value!.IssuingUnit));
    }

    [Fact]
    public void a_series_that_exists_is_a_409()
    {
        var problem = DefineSeriesEndpoint.Validate(Command, Series());

        Assert.Equal((409, "/problems/already-exists"), (problem.Status, problem.Type));
    }

    [Fact]
    public void a_bad_body_is_a_400_naming_the_field_before_the_series_is_looked_for()
    {
        Assert.Equal(["id"], DefineSeriesEndpoint.Validate(Command with { Id = "Jiaoyu" }, Series()).Fields());
        Assert.Equal(["title"], DefineSeriesEndpoint.Validate(Command with { Title = new string('题', 201) }, null).Fields());
        Assert.Equal(["distribution"], DefineSeriesEndpoint.Validate(Command with { Distribution = new string('送', 2001) }, null).Fields());
        Assert.Equal(["sections"], DefineSeriesEndpoint.Validate(Command with { Sections = [] }, null).Fields());
        Assert.Equal(["sections"], DefineSeriesEndpoint.Validate(Command with { Sections = [new("a1", "甲"), new("a1", "乙")] }, null).Fields());
        Assert.Equal(["submissionEmail"], DefineSeriesEndpoint.Validate(Command with { SubmissionEmail = "not an address" }, null).Fields());
    }
}
