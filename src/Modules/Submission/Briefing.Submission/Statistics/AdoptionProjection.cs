using System.Globalization;
using Briefing.Kernel;
using JasperFx.Events;
using Marten;
using Marten.Events.Projections;

namespace Briefing.Submission.Statistics;

/// <summary>
/// Counts, from the item events this module records, what each organisation submitted, had
/// accepted, rejected and published, and the instructions its items drew, per day in China: an item
/// counts as submitted, accepted and rejected on the day it was submitted, as published on the day
/// its issue was published, an imported item all three on its issue's last day; a withdrawn item
/// does not count. Each event is one SQL statement that adds to the day's counts in place (no read,
/// so concurrent writers never lose a count), and an item's flags make every count happen once.
/// Inline: a 2xx that changed an item has changed its statistics.
/// </summary>
public sealed partial class AdoptionProjection : EventProjection
{
    public static void Project(IEvent<ItemSubmitted> e, IDocumentOperations ops) =>
        ops.QueueSqlCommand(
            $"""
             WITH counted AS (
               INSERT INTO {AdoptionTables.Items} (item_id, series_id, org_id, submitted_on) VALUES (?, ?, ?, ?)
               ON CONFLICT (item_id) DO NOTHING
               RETURNING series_id, org_id, submitted_on AS day),
             {NewUnit}
             {AddToCounts(submitted: 1)}
             """,
            e.StreamId, e.Data.SeriesId, e.Data.OrgId, ChinaTime.DayOf(e.Timestamp));

    public static void Project(IEvent<SubmissionImported> e, IDocumentOperations ops)
    {
        var day = e.Data.PeriodEnd ?? ChinaTime.DayOf(e.Timestamp);
        ops.QueueSqlCommand(
            $"""
             WITH counted AS (
               INSERT INTO {AdoptionTables.Items} (item_id, series_id, org_id, submitted_on, accepted, published_on) VALUES (?, ?, ?, ?, true, ?)
               ON CONFLICT (item_id) DO NOTHING
               RETURNING series_id, org_id, submitted_on AS day),
             {NewUnit}
             {AddToCounts(submitted: 1, accepted: 1, published: 1)}
             """,
            e.StreamId, e.Data.SeriesId, e.Data.OrgId, day, day);
    }

    public static void Project(IEvent<ItemWithdrawn> e, IDocumentOperations ops) =>
        ops.QueueSqlCommand(
            $"""
             WITH counted AS (
               UPDATE {AdoptionTables.Items} SET withdrawn = true WHERE item_id = ? AND NOT withdrawn AND NOT accepted AND NOT rejected
               RETURNING series_id, org_id, submitted_on AS day)
             {AddToCounts(submitted: -1)}
             """,
            e.StreamId);

    public static void Project(IEvent<SubmissionAccepted> e, IDocumentOperations ops) => CountDecision(ops, e.StreamId, "accepted", AddToCounts(accepted: 1));

    public static void Project(IEvent<SubmissionRejected> e, IDocumentOperations ops) => CountDecision(ops, e.StreamId, "rejected", AddToCounts(rejected: 1));

    public static void Project(IEvent<SubmissionPublished> e, IDocumentOperations ops) =>
        ops.QueueSqlCommand(
            $"""
             WITH counted AS (
               UPDATE {AdoptionTables.Items} SET published_on = ? WHERE item_id = ? AND published_on IS NULL
               RETURNING series_id, org_id, published_on AS day)
             {AddToCounts(published: 1)}
             """,
            ChinaTime.DayOf(e.Data.PublishedAt ?? e.Timestamp), e.StreamId);

    public static void Project(IEvent<InstructionGiven> e, IDocumentOperations ops) =>
        ops.QueueSqlCommand(
            $"""
             INSERT INTO {AdoptionTables.Instructions} AS counts (series_id, day, org_id, level, instructions)
             SELECT series_id, ?, org_id, ?, 1 FROM {AdoptionTables.Items} WHERE item_id = ?
             ON CONFLICT (series_id, day, org_id, level) DO UPDATE SET instructions = counts.instructions + 1
             """,
            e.Data.GivenOn, e.Data.Level, e.StreamId);

    /// <summary>An undecided item's decision (the column <paramref name="flag"/>), counted on the day it was submitted.</summary>
    private static void CountDecision(IDocumentOperations ops, Guid itemId, string flag, string addToCounts) =>
        ops.QueueSqlCommand(
            $"""
             WITH counted AS (
               UPDATE {AdoptionTables.Items} SET {flag} = true WHERE item_id = ? AND NOT accepted AND NOT rejected AND NOT withdrawn
               RETURNING series_id, org_id, submitted_on AS day)
             {addToCounts}
             """,
            itemId);

    private static readonly string NewUnit =
        $"unit AS (INSERT INTO {AdoptionTables.Units} (series_id, org_id) SELECT series_id, org_id FROM counted ON CONFLICT DO NOTHING)";

    /// <summary>Adds the counts to the day and to the month of each row of the statement's <c>counted</c> (none when the event changed nothing).</summary>
    private static string AddToCounts(int submitted = 0, int accepted = 0, int rejected = 0, int published = 0)
    {
        var counts = string.Create(CultureInfo.InvariantCulture, $"{submitted}, {accepted}, {rejected}, {published}");
        return $"""
            , by_day AS (
              {Add(AdoptionTables.Daily, "day", "day", counts)})
            {Add(AdoptionTables.Monthly, "month", "date_trunc('month', day)::date", counts)}
            """;
    }

    private static string Add(string table, string column, string value, string counts) => $"""
        INSERT INTO {table} AS total (series_id, {column}, org_id, submitted, accepted, rejected, published)
        SELECT series_id, {value}, org_id, {counts} FROM counted
        ON CONFLICT (series_id, {column}, org_id) DO UPDATE SET
          submitted = total.submitted + excluded.submitted, accepted = total.accepted + excluded.accepted,
          rejected = total.rejected + excluded.rejected, published = total.published + excluded.published
        """;
}
