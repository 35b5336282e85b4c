using Briefing.Testing;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Briefing.Host.Tests.Events;

[Collection(SharedApp.Collection)]
public sealed class ProjectionRebuildTests(AppFixture app) : AppTest<AppFixture>(app)
{
    /// <summary>
    /// The documents are only a cache of the events: an operator who rebuilds every projection after a
    /// fix must get back exactly what the inline projections wrote, for every user, item, series and issue
    /// (instants included: they are taken at the precision the store keeps, ADR 19).
    /// </summary>
    [Fact]
    public async Task rebuilding_every_projection_from_the_events_gives_back_the_same_documents()
    {
        var scenario = await AuditScenario.PublishedAsync(App);
        var published = (await App.IssueAnswerAsync(scenario.Editor)).Version;
        await App.SendAndWaitAsync("POST", $"{Given.IssueUrl()}/errata", scenario.Chief, 201, new { itemId = scenario.First, text = "“甲稿”应为“甲稿件”。", expectedVersion = published });
        await App.SeriesAsync("imported");
        await App.ImportAsync(scenario.Editor, SampleBriefing.Markdown, 201, "/api/series/imported/import");
        var store = App.Host.Services.GetRequiredService<IDocumentStore>();
        var projected = ((DocumentStore)store).Options.Projections.AllAggregateTypes().ToList();
        var tables = projected.Select(type => store.Options.FindOrResolveDocumentType(type).TableName.QualifiedName).ToList();
        var before = await DocumentsAsync(tables);

        using var daemon = await store.BuildProjectionDaemonAsync();
        foreach (var projection in projected)
        {
            await daemon.RebuildProjectionAsync(projection, TimeSpan.FromMinutes(1), CancellationToken.None);
        }

        var after = await DocumentsAsync(tables);
        Assert.Contains(before, document => document.StartsWith("publication.mt_doc_issue", StringComparison.Ordinal));
        Assert.True(before.Count > 10, $"only {before.Count} documents");
        // Any difference is named: a document as written, or as rebuilt.
        Assert.Equal([], before.Except(after).Select(document => "written: " + document).Concat(after.Except(before).Select(document => "rebuilt: " + document)));
        Assert.Equal(before.Count, after.Count);
    }

    /// <summary>Every document of the tables as "table id version data", sorted; data as jsonb prints it.</summary>
    private async Task<List<string>> DocumentsAsync(IEnumerable<string> tables)
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        var documents = new List<string>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"select id::text, mt_version, data::text from {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                documents.Add($"{table} {reader.GetString(0)} {reader.GetInt64(1)} {reader.GetString(2)}");
            }
        }

        documents.Sort(StringComparer.Ordinal);
        return documents;
    }
}
