using System.Diagnostics;
using Npgsql;

namespace Briefing.Benchmarks;

/// <summary>
/// An archive of other items' histories around the issue under test, written in PostgreSQL itself
/// (a review stream per archived item: opened, then edited), so that 1 million events take seconds.
/// These rows carry no chain hash: the benchmark measures reads, not verification of the archive.
/// </summary>
public static class Archive
{
    public const int EventsPerStream = 10;

    /// <summary>Grows the archive to at least <paramref name="events"/> events; returns how long that took.</summary>
    public static async Task<TimeSpan> GrowToAsync(string connectionString, long events)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using (var count = new NpgsqlCommand("select count(*) from events.mt_events", connection))
        {
            var existing = (long)(await count.ExecuteScalarAsync())!;
            var firstStream = existing / EventsPerStream + 1;
            var lastStream = events / EventsPerStream;
            if (lastStream < firstStream)
            {
                return clock.Elapsed;
            }

            await using var insert = new NpgsqlCommand("""
                insert into events.mt_streams (id, type, version, timestamp, created, tenant_id)
                select md5('archive-' || s)::uuid, 'ReviewItem', @per, now(), now(), '*DEFAULT*' from generate_series(@first, @last) s;
                insert into events.mt_events (seq_id, id, stream_id, version, data, type, timestamp, tenant_id, mt_dotnet_type, headers)
                select nextval('events.mt_events_sequence'), gen_random_uuid(), md5('archive-' || s)::uuid, v,
                  case when v = 1
                    then jsonb_build_object('ItemId', md5('item-' || s)::uuid, 'SeriesId', 'archive', 'OrgId', 'archive', 'Section', 'district',
                      'Headline', '綦江区', 'Body', '归档稿件正文。', 'SubmittedAt', now())
                    else jsonb_build_object('Headline', '綦江区', 'Body', '归档稿件第 ' || v || ' 稿。', 'Section', 'district', 'Note', null) end,
                  case when v = 1 then 'review_opened' else 'review_edited' end,
                  now(), '*DEFAULT*',
                  case when v = 1 then 'Briefing.EditorialReview.ReviewOpened, Briefing.EditorialReview' else 'Briefing.EditorialReview.ReviewEdited, Briefing.EditorialReview' end,
                  '{}'::jsonb
                from generate_series(@first, @last) s, generate_series(1, @per) v
                order by s, v;
                """, connection);
            insert.CommandTimeout = 0;
            insert.Parameters.AddWithValue("first", firstStream);
            insert.Parameters.AddWithValue("last", lastStream);
            insert.Parameters.AddWithValue("per", (long)EventsPerStream);
            await insert.ExecuteNonQueryAsync();
        }

        // As a database at rest would be: otherwise autovacuum works through the new rows while the figures are taken.
        await using (var vacuum = new NpgsqlCommand("vacuum analyze events.mt_events", connection) { CommandTimeout = 0 })
        {
            await vacuum.ExecuteNonQueryAsync();
        }

        return clock.Elapsed;
    }
}
