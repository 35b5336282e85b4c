using Briefing.EditorialReview;
using Marten;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>
/// Editors' edits to existing items: through the real HTTP stack (host process on loopback), against
/// (a) the same events appended with Marten in-process and (b) single-row insert transactions with
/// Npgsql, the database's own limit here; all at the same concurrency.
/// </summary>
public static class WriteScenario
{
    public const string Name = "write";

    public static async Task<IReadOnlyList<Measurement>> RunAsync(string connectionString, BenchSettings settings)
    {
        var results = new List<Measurement>();
        var (host, _) = await HostProcessUnderTest.StartAsync(connectionString);
        await using (host)
        {
            var items = await ItemsInReviewAsync(host, settings.Clients);
            var versions = items.Select(item => item.Version).ToArray();
            var (http, httpElapsed) = await Latencies.MeasureAsync(settings.Clients, settings.WarmUp, settings.Duration, async client =>
            {
                var edited = await host.SendAsync(HttpMethod.Post, $"/api/review/items/{items[client].Id}/edits", items[client].EditorToken,
                    new { body = $"綦江区调研重庆移通学院，第 {versions[client]} 稿。", expectedVersion = versions[client] });
                versions[client] = edited.GetProperty("version").GetInt64();
            });
            results.Add(Measurement.Of(Name, "HTTP: POST /api/review/items/{id}/edits", http, httpElapsed));

            await using var inProcess = new InProcessStore(connectionString);
            var store = inProcess.Store;
            var (marten, martenElapsed) = await Latencies.MeasureAsync(settings.Clients, settings.WarmUp, settings.Duration, async client =>
            {
                await using var session = store.LightweightSession();
                var stream = await session.Events.FetchForWriting<ReviewItem>(ReviewItem.StreamIdFor(items[client].Id));
                stream.AppendOne(new ReviewEdited(stream.Aggregate!.Headline, $"綦江区调研重庆移通学院，第 {stream.CurrentVersion} 稿。", stream.Aggregate.Section, null));
                await session.SaveChangesAsync();
            });
            results.Add(Measurement.Of(Name, "(a) Marten in-process: fetch for writing, append, save", marten, martenElapsed));
        }

        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var create = dataSource.CreateCommand("create table if not exists bench_insert (id bigserial primary key, payload jsonb not null)"))
        {
            await create.ExecuteNonQueryAsync();
        }

        var (npgsql, npgsqlElapsed) = await Latencies.MeasureAsync(settings.Clients, settings.WarmUp, settings.Duration, async _ =>
        {
            await using var connection = await dataSource.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await using var insert = new NpgsqlCommand("insert into bench_insert (payload) values (@payload::jsonb)", connection, transaction);
            insert.Parameters.AddWithValue("payload", """{"Body":"綦江区调研重庆移通学院。"}""");
            await insert.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
        });
        results.Add(Measurement.Of(Name, "(b) Npgsql: one-row insert transactions", npgsql, npgsqlElapsed));

        var (httpResult, martenResult, npgsqlResult) = (results[0], results[1], results[2]);
        results[0] = httpResult with { Baseline = $"{Ratio(httpResult, martenResult)} of (a), {Ratio(httpResult, npgsqlResult)} of (b); goal 60 % of (a)" };
        results[1] = martenResult with { Baseline = $"{Ratio(martenResult, npgsqlResult)} of (b)" };
        return results;
    }

    private static string Ratio(Measurement measured, Measurement baseline) => $"{measured.PerSecond / baseline.PerSecond:P0}";

    private sealed record ItemInReview(Guid Id, long Version, string EditorToken);

    /// <summary>One item per client, submitted by an editor and claimed, so each client edits its own item without conflicts.</summary>
    private static async Task<IReadOnlyList<ItemInReview>> ItemsInReviewAsync(HostProcessUnderTest host, int count)
    {
        var (series, org) = await host.SeriesAndOrganisationAsync("基准测试简报");
        var editor = await host.TokenForAsync("editor");
        var items = new List<ItemInReview>();
        for (var i = 0; i < count; i++)
        {
            var id = (await host.SendAsync(HttpMethod.Post, "/api/submissions", editor, new { seriesId = series, orgId = org, section = "district", body = "綦江区调研重庆移通学院。" }))
                .GetProperty("id").GetGuid();
            await WaitUntilInReviewAsync(host, editor, id);
            var claimed = await host.SendAsync(HttpMethod.Post, $"/api/review/items/{id}/claim", editor, new { expectedVersion = 1 });
            items.Add(new ItemInReview(id, claimed.GetProperty("version").GetInt64(), editor));
        }

        return items;
    }

    private static async Task WaitUntilInReviewAsync(HostProcessUnderTest host, string token, Guid id)
    {
        for (var attempt = 0; attempt < 500; attempt++)
        {
            try
            {
                await host.SendAsync(HttpMethod.Get, $"/api/review/items/{id}", token);
                return;
            }
            catch (InvalidOperationException)
            {
                await Task.Delay(10);
            }
        }

        throw new InvalidOperationException($"Item {id} never reached review.");
    }
}
