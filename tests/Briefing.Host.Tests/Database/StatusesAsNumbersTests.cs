using Briefing.Host.Database;
using Briefing.Identity.Contracts;
using Briefing.Testing;
using Npgsql;

namespace Briefing.Host.Tests.Database;

/// <summary>A database written before statuses were enums held them as strings; the host turns them into the numbers Marten now reads.</summary>
[Collection(SharedApp.Collection)]
public sealed class StatusesAsNumbersTests(AppFixture app) : AppTest<AppFixture>(app)
{
    private async Task<List<(string Name, string Definition)>> StatusIndexesAsync()
    {
        await using var database = NpgsqlDataSource.Create(App.ConnectionString);
        await using var query = database.CreateCommand(
            "SELECT schemaname || '.' || indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%''Status''%' AND schemaname IN ('submission', 'editorial_review')");
        await using var reader = await query.ExecuteReaderAsync();
        var found = new List<(string, string)>();
        while (await reader.ReadAsync())
        {
            found.Add((reader.GetString(0), reader.GetString(1)));
        }

        return found;
    }

    [Fact]
    public async Task documents_holding_a_status_as_a_string_read_again_once_upgraded_and_a_second_run_changes_nothing()
    {
        var contributor = await App.QijiangContributorAsync();
        var id = await App.SubmittedItemAsync(contributor, new { seriesId = Given.SeriesId, body = "初稿。" });
        await App.SendAndWaitAsync("POST", $"/api/review/items/{id}/claim", await App.TokenForAsync(Roles.Editor), 200, new { expectedVersion = 1 });
        // As the version before ADR 20 wrote them, under its schema: no index casts a status to an integer.
        var indexes = await StatusIndexesAsync();
        Assert.Equal(2, indexes.Count);
        Assert.All(indexes, index => Assert.Contains("integer", index.Definition, StringComparison.Ordinal)); // what lets the upgrade skip a table
        foreach (var (name, _) in indexes)
        {
            await Sql.ExecuteAsync(App.ConnectionString, $"DROP INDEX {name}");
        }

        await Sql.ExecuteAsync(App.ConnectionString, $"""
            UPDATE submission.mt_doc_submissionitem SET data = jsonb_set(data, '{"{Status}"}', '"in-review"') WHERE id = '{id}';
            UPDATE editorial_review.mt_doc_reviewitem SET data = jsonb_set(data, '{"{Status}"}', '"in-review"') WHERE data->>'ItemId' = '{id}';
            """);

        await using var database = NpgsqlDataSource.Create(App.ConnectionString);
        Assert.Equal(2, await StatusesAsNumbers.UpgradeAsync(database, CancellationToken.None));
        Assert.Equal(0, await StatusesAsNumbers.UpgradeAsync(database, CancellationToken.None));
        foreach (var (_, definition) in indexes)
        {
            await Sql.ExecuteAsync(App.ConnectionString, definition); // what Marten builds at start: it builds over the upgraded rows
        }

        Assert.Equal("in-review", (await App.ReadAsync<ItemView>($"/api/submissions/{id}", App.AdminToken)).Status);
        Assert.Equal("in-review", (await App.ReadAsync<ItemView>($"/api/review/items/{id}", App.AdminToken)).Status);
    }
}
