using System.Text;
using Briefing.Audit.Revisions;
using Briefing.Identity.Contracts;
using Briefing.Testing;

namespace Briefing.Audit.Tests.Revisions;

[Collection(SharedApp.Collection)]
public sealed class RevisionsTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task the_contributors_versions_and_the_editors_revisions_form_one_list_and_a_diff_rebuilds_either_text()
    {
        var contributor = await App.QijiangContributorAsync();
        var editor = (await App.CreateUserAsync(Roles.Editor, name: "审稿编辑")).Token;
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, section = "district", body = "綦江区调研重庆移通学院。" });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", editor, 200, new { expectedVersion = 1 });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/request-changes", editor, 200, new { reason = "请补充时间。", expectedVersion = 2 });
        var submission = await App.CurrentVersionAsync($"/api/submissions/{id}", contributor);
        await App.SendAndWaitAsync("PUT", $"/api/submissions/{id}", contributor, 200,
            new { body = "4月15日，綦江区调研重庆移通学院。", expectedVersion = submission });
        var review = await App.CurrentVersionAsync($"/api/review/items/{id}", editor);
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/edits", editor, 200,
            new { body = "4月15日，綦江区副区长带队调研重庆移通学院。", note = "补出带队领导", expectedVersion = review });

        var revisions = await App.RevisionsAsync(auditor, id);

        Assert.Equal([(1, "submission", "綦江区联络员"), (2, "submission", "綦江区联络员"), (3, "editorial-review", "审稿编辑")],
            revisions.Select(r => (r.Revision, r.Module, r.Actor.Name)));
        Assert.Equal("4月15日，綦江区副区长带队调研重庆移通学院。", revisions[2].Body);
        Assert.Equal([null, null, "补出带队领导"], revisions.Select(r => r.Note));
        var earlier = $"綦江区\n{revisions[0].Body}";
        var later = $"綦江区\n{revisions[2].Body}";

        var diff = await App.DiffAsync(auditor, id, 1, 3);

        Assert.Equal(later, Rebuild(diff, "insert"));
        Assert.Equal(earlier, Rebuild(diff, "delete"));
        Assert.Contains(new DiffOp("insert", "4月15日，"), diff);
        Assert.Contains(new DiffOp("insert", "副区长带队"), diff);
    }

    [Fact]
    public async Task an_unknown_item_is_a_404_and_a_revision_out_of_range_a_400()
    {
        var contributor = await App.QijiangContributorAsync();
        var auditor = await App.TokenForAsync(Roles.Auditor);
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "正文。" });

        await App.SendAsync("GET", $"/api/audit/items/{Guid.NewGuid()}/revisions", auditor, 404);
        await App.SendAsync("GET", $"/api/audit/items/{id}/diff?from=1&to=2", auditor, 400);
        await App.SendAsync("GET", $"/api/audit/items/{id}/diff?to=1", auditor, 400);
        Assert.Equal([], (await App.DiffAsync(auditor, id, 1, 1)).Where(op => op.Op != "equal"));
    }

    [Fact]
    public void the_diff_never_splits_a_character_outside_the_basic_plane()
    {
        var diff = ItemDiffEndpoint.Diff("𠀀家调研", "𠀁家调研");

        Assert.Equal([("delete", "𠀀"), ("insert", "𠀁"), ("equal", "家调研")], diff.Select(op => (op.Op, op.Text)));
    }

    /// <summary>The text a diff leads to, keeping equal pieces and those of <paramref name="kind"/>.</summary>
    private static string Rebuild(IEnumerable<DiffOp> diff, string kind) =>
        diff.Where(op => op.Op == "equal" || op.Op == kind).Aggregate(new StringBuilder(), (text, op) => text.Append(op.Text)).ToString();
}
