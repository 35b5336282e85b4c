using System.ComponentModel;
using System.Globalization;
using System.Text;
using Briefing.Audit.Chain;
using Briefing.Audit.Record;
using Briefing.Identity.Contracts;
using Briefing.Kernel;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Wolverine.Http;

namespace Briefing.Audit.History;

public sealed record HistoryEntry(long Sequence, DateTimeOffset Timestamp, Actor Actor, string Module, Guid? ItemId, string EventType, string Summary,
    [property: Description("The event's data exactly as stored: a JSON object whose members depend on eventType.")] RawJson Data);

public sealed record HistoryResponse(IReadOnlyList<HistoryEntry> Entries);

public static class IssueHistoryEndpoint
{
    public const string CsvHeader = "sequence,timestamp,actorId,actorName,module,itemId,eventType,summary,data";

    /// <summary>Everything that happened to the issue and to every item ever placed in it, from submission on, in the store's order.</summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/history")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("The history of an issue and of its items: format=json (default) or csv")]
    [EndpointDescription("Everything that happened to the issue and to every item ever placed in it, from submission on, in the store's order, each entry with its actor, module and event: format=json (default) or csv.")]
    [ProducesResponseType<HistoryResponse>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<Results<Ok<HistoryResponse>, ContentHttpResult, ProblemHttpResult>> Get(
        string seriesId, int number, string? format, EventRecord events, CancellationToken cancellationToken)
    {
        format ??= "json";
        if (format is not ("json" or "csv"))
        {
            return TypedResults.Problem(Problems.Validation("format", "format must be json or csv."));
        }

        if (await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' has no issue {number}."));
        }

        var entries = record.Events
            .Where(stored => stored.StreamId != record.SeriesStream)
            .Select(stored => new HistoryEntry(stored.Sequence, stored.Timestamp, stored.Actor, record.ModuleOf(stored), record.ItemOf(stored),
                stored.Type, Summaries.Of(stored), new RawJson(stored.DataJson)))
            .ToList();
        return format == "csv"
            ? TypedResults.Text(Csv(entries), "text/csv; charset=utf-8")
            : TypedResults.Ok(new HistoryResponse(entries));
    }

    private static string Csv(IEnumerable<HistoryEntry> entries)
    {
        var csv = new StringBuilder(CsvHeader).Append("\r\n");
        foreach (var entry in entries)
        {
            string[] fields =
            [
                entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.Timestamp.ToString("O", CultureInfo.InvariantCulture),
                entry.Actor.Id, entry.Actor.Name, entry.Module, entry.ItemId?.ToString() ?? "", entry.EventType, entry.Summary, CanonicalJson.Of(entry.Data.Json),
            ];
            csv.AppendJoin(',', fields.Select(Quote)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : field;
}
