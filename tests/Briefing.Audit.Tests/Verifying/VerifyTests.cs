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
    }

    [Fact]
    public async Task an_event_altered_in_the_database_breaks_the_chain_at_that_event()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.Second);
        var edit = await ExecuteAsync("update {0}.mt_events set data = replace(data::text, '乙稿定稿', '乙稿改过')::jsonb where stream_id = @stream and type = 'review_edited' returning version", review);

        var chain = (await App.VerifyAsync(scenario.Auditor)).Chain;

        Assert.False(chain.Intact);
        Assert.Equal((review, edit, "review_edited"), (chain.FirstBroken?.StreamId, chain.FirstBroken?.Version, chain.FirstBroken?.EventType));
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
    }

    [Fact]
    public async Task a_deleted_event_is_detected_whether_it_was_in_the_middle_or_the_last_of_its_stream()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.First);
        await ExecuteAsync("delete from {0}.mt_events where stream_id = @stream and version = 2 returning version", review);

        var broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal((review, 2L), (broken?.StreamId, broken?.Version));

        await App.ResetAsync();
        scenario = await AuditScenario.PublishedAsync(App);
        var issue = PublicationStreams.Issue(Given.SeriesId, Given.SampleNumber);
        var last = await ExecuteAsync("delete from {0}.mt_events where stream_id = @stream and version = (select max(version) from {0}.mt_events where stream_id = @stream) returning version", issue);

        broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal((issue, last), (broken?.StreamId, broken?.Version));
    }

    [Fact]
    public async Task a_stream_removed_whole_or_an_event_moved_to_another_stream_is_detected()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var review = ReviewStreams.Item(scenario.First);
        await ExecuteAsync("with gone as (delete from {0}.mt_events where stream_id = @stream returning version) delete from {0}.mt_streams where id = @stream and exists (select 1 from gone) returning version", review);

        var broken = (await App.VerifyAsync(scenario.Auditor)).Chain.FirstBroken;
        Assert.Equal(review, broken?.StreamId);
        Assert.Contains("missing", broken?.Reason, StringComparison.Ordinal);

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
