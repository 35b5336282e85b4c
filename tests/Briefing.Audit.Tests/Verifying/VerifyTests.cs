using Briefing.Audit.Verifying;
using Briefing.EditorialReview.Contracts;
using Briefing.Publication.Contracts;
using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Briefing.Audit.Tests.Verifying;

[Collection(SharedApp.Collection)]
public sealed class VerifyTests(AppFixture app) : AppTest<AppFixture>(app)
{
    [Fact]
    public async Task a_published_issue_rebuilds_from_its_events_to_the_published_hash_and_every_chain_is_intact()
    {
        var scenario = await AuditScenario.PublishedAsync(App);

        var verify = await App.VerifyAsync(scenario.Auditor);

        var issue = await App.IssueAnswerAsync(scenario.Auditor);
        Assert.True(verify.Published);
        Assert.Equal(issue.ContentHash, verify.StoredHash);
        Assert.Equal(verify.StoredHash, verify.ReplayedHash);
        Assert.True(verify.Match);
        Assert.True(verify.Chain.Intact);
        Assert.True(verify.Chain.Events > 30);
        Assert.Equal("一致", verify.Words);
    }

    [Fact]
    public async Task an_event_altered_in_the_database_breaks_the_chain_at_that_event()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.Second);
        var edit = await ExecuteAsync("update {0}.mt_events set data = replace(data::text, '乙稿定稿', '乙稿改过')::jsonb where stream_id = @stream and type = 'review_edited' returning version", review);

        var verify = await App.VerifyAsync(scenario.Auditor);

        var chain = verify.Chain;
        var broken = chain.FirstBroken!;
        Assert.False(chain.Intact);
        Assert.Equal((review, edit, "review_edited"), (broken.StreamId, broken.Version, broken.EventType));
        Assert.Equal((BreakKinds.HashMismatch, "editorial-review", scenario.Second, "綦江区"), (broken.Kind, broken.Module, broken.ItemId, broken.Headline));
        Assert.Equal($"稿件“綦江区”在审稿模块的记录的第 {edit} 个事件（编辑修改稿件：润色）存储的哈希与按事件内容重新计算的不一致：事件被改动过，或它之前的事件被替换。", broken.Words);
        Assert.StartsWith("The event's type, data", broken.Reason, StringComparison.Ordinal);
        Assert.Equal("不一致：记录链断开，第一处在稿件“綦江区”在审稿模块的记录。", verify.Words); // the published text still follows: the edit's text was not what publication kept
    }

    [Fact]
    public async Task a_published_item_text_altered_in_the_database_no_longer_matches_the_published_hash()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        await ExecuteAsync("update {0}.mt_events set data = replace(data::text, '甲稿', '丁稿')::jsonb where stream_id = @stream and type = 'item_readied' returning version",
            PublicationStreams.ReadyItem(scenario.First));

        var verify = await App.VerifyAsync(scenario.Auditor);

        Assert.False(verify.Match);
        Assert.NotEqual(verify.StoredHash, verify.ReplayedHash);
        Assert.Equal("item_readied", verify.Chain.FirstBroken?.EventType);
        Assert.Equal(("publication", scenario.First), (verify.Chain.FirstBroken?.Module, verify.Chain.FirstBroken?.ItemId));
        Assert.Equal("不一致：发布的文本与按事件重建的文本不同；记录链断开，第一处在稿件“綦江区”在编排模块的记录。", verify.Words);
    }

    [Fact]
    public async Task a_deleted_event_is_detected_whether_it_was_in_the_middle_or_the_last_of_its_stream()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.First);
        await ExecuteAsync("delete from {0}.mt_events where stream_id = @stream and version = 2 returning version", review);

        var broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal((review, 2L, BreakKinds.MissingEvent), (broken?.StreamId, broken?.Version, broken?.Kind));
        Assert.StartsWith("稿件“綦江区”在审稿模块的记录缺少第 2 个事件（存储的下一个是第 3 个）", broken?.Words, StringComparison.Ordinal);

        await App.ResetAsync();
        scenario = await AuditScenario.PublishedAsync(App);
        var issue = PublicationStreams.Issue(Given.SeriesId, Given.SampleNumber);
        var last = await ExecuteAsync("delete from {0}.mt_events where stream_id = @stream and version = (select max(version) from {0}.mt_events where stream_id = @stream) returning version", issue);

        broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal((issue, last, BreakKinds.EventsRemoved, "publication"), (broken?.StreamId, broken?.Version, broken?.Kind, broken?.Module));
        Assert.Null(broken?.ItemId);
        Assert.Equal($"第 {Given.SampleNumber} 期的编排记录登记的事件数是 {last}，但存储的最后一个是第 {last - 1} 个：其后的事件被删除了。", broken?.Words);
    }

    [Fact]
    public async Task a_stream_removed_whole_or_an_event_moved_to_another_stream_is_detected()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.First);
        await ExecuteAsync("with gone as (delete from {0}.mt_events where stream_id = @stream returning version) delete from {0}.mt_streams where id = @stream and exists (select 1 from gone) returning version", review);

        var broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal((review, BreakKinds.MissingStream, "editorial-review"), (broken?.StreamId, broken?.Kind, broken?.Module));
        Assert.Contains("missing", broken?.Reason, StringComparison.Ordinal);
        Assert.StartsWith("稿件“綦江区”在审稿模块的记录不见了", broken?.Words, StringComparison.Ordinal);

        await App.ResetAsync();
        scenario = await AuditScenario.PublishedAsync(App);
        var first = PublicationStreams.ReadyItem(scenario.First);
        await ExecuteAsync($"update {{0}}.mt_events set stream_id = @stream, version = 99 where stream_id = '{PublicationStreams.ReadyItem(scenario.Second)}' and version = 1 returning version", first);

        var verify = await App.VerifyAsync(scenario.Auditor);
        Assert.False(verify.Chain.Intact);
    }

    [Fact]
    public async Task an_actor_rewritten_in_the_database_breaks_the_chain()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var issue = PublicationStreams.Issue(Given.SeriesId, Given.SampleNumber);
        await ExecuteAsync("update {0}.mt_events set headers = jsonb_set(headers, '{{actor-name}}', '\"别人\"') where stream_id = @stream and type = 'issue_signed_off' returning version", issue);

        var broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;

        Assert.Equal("issue_signed_off", broken?.EventType);
    }

    [Fact]
    public void the_verdict_is_consistent_only_when_the_text_follows_and_every_chain_holds_and_names_what_differs()
    {
        const string stream = "第 41 期的编排记录";

        Assert.Equal("一致", VerifyIssueEndpoint.Verdict(published: true, match: true, brokenStream: null));
        Assert.Equal("一致（本期尚未发布，只核对了记录链）", VerifyIssueEndpoint.Verdict(published: false, match: false, brokenStream: null));
        Assert.Equal("不一致：发布的文本与按事件重建的文本不同。", VerifyIssueEndpoint.Verdict(published: true, match: false, brokenStream: null));
        Assert.Equal("不一致：记录链断开，第一处在第 41 期的编排记录。", VerifyIssueEndpoint.Verdict(published: false, match: false, stream));
        Assert.Equal("不一致：发布的文本与按事件重建的文本不同；记录链断开，第一处在第 41 期的编排记录。", VerifyIssueEndpoint.Verdict(published: true, match: false, stream));
    }

    /// <summary>Runs SQL against the event tables behind the application's back; returns the first value it returns.</summary>
    private async Task<long> ExecuteAsync(string sql, Guid stream)
    {
        var schema = App.Host.Services.GetRequiredService<IDocumentStore>().Options.Events.DatabaseSchemaName;
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, schema), connection);
        command.Parameters.AddWithValue("stream", stream);
        return Convert.ToInt64(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException("The statement changed nothing."), System.Globalization.CultureInfo.InvariantCulture);
    }
}
