using System.ComponentModel;
using System.Globalization;
using System.Text.Json.Serialization;
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
    [property: Description("The event's data exactly as stored: a JSON object whose members depend on eventType.")] RawJson Data,
    [property: Description("The item's headline as of this entry; null for an entry about the issue alone.")] string? Headline = null);

/// <summary>An item ever placed in the issue, under its latest headline: the console's list to filter by.</summary>
public sealed record HistoryItem(Guid ItemId, string? Headline);

public sealed record HistoryResponse(
    IReadOnlyList<HistoryEntry> Entries,
    [property: Description("How many entries match the filters (all of them, whatever the page).")] int Total,
    [property: Description("The page answered, when paged."), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Page,
    [property: Description("The page size, when paged."), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? PageSize,
    [property: Description("Everyone who appears in the whole (unfiltered) history, in order of first appearance, under their latest name.")] IReadOnlyList<Actor> Actors,
    [property: Description("Every item ever placed in the issue, with its latest headline.")] IReadOnlyList<HistoryItem> Items);

public static class IssueHistoryEndpoint
{
    public const string CsvHeader = "sequence,timestamp,actorId,actorName,module,itemId,eventType,summary,data,headline";

    public static ProblemDetails Validate(string? format, string? actor, string? itemId, string? module, string? from, string? to, string? page, string? pageSize) =>
        format is not (null or "json" or "csv")
            ? Problems.Validation("format", "format must be json or csv.")
            : HistoryFilter.Read(actor, itemId, module, from, to, page, pageSize).Problem ?? WolverineContinue.NoProblems;

    /// <summary>Everything that happened to the issue and to every item ever placed in it, from submission on, in the store's order.</summary>
    [WolverineGet("/api/audit/series/{seriesId}/issues/{number}/history")]
    [Authorize(Policy = Policies.Auditor)]
    [Tags("Audit"), EndpointSummary("The history of an issue and of its items: format=json (default) or csv")]
    [EndpointDescription("Everything that happened to the issue and to every item ever placed in it, from submission on, in the store's order, each entry with its actor, module, item headline and event: format=json (default) or csv. "
        + "Filters (actor, itemId, module, from, to) must all match; page and pageSize page the JSON answer (without them every matching entry is answered). "
        + "total counts the matching entries; actors and items list everyone and every item of the whole history, for filter lists. "
        + "CSV: every matching row (no paging), UTF-8 with a byte order mark, as an attachment.")]
    [ProducesResponseType<HistoryResponse>(StatusCodes.Status200OK, "application/json", "text/csv")]
    public static async Task<Results<Ok<HistoryResponse>, ContentHttpResult, ProblemHttpResult>> Get(
        string seriesId, int number, string? format,
        [Description("Only the entries of this actor (an actor's id, as in actors).")] string? actor,
        [Description("Only the entries about this item (its id).")] string? itemId,
        [Description("Only the entries of this module: submission, editorial-review or publication.")] string? module,
        [Description("Only entries at or after this instant (ISO 8601 with its offset).")] string? from,
        [Description("Only entries at or before this instant (ISO 8601 with its offset).")] string? to,
        [Description("The page to answer, a number from 1 (JSON only).")] string? page,
        [Description("Entries per page, a number from 1 to 1000 (JSON only; 100 when only page is given).")] string? pageSize,
        EventRecord events, HttpResponse response, CancellationToken cancellationToken)
    {
        var filter = HistoryFilter.Read(actor, itemId, module, from, to, page, pageSize).Filter!;
        if (await IssueRecord.LoadAsync(events, seriesId, number, cancellationToken) is not { } record)
        {
            return TypedResults.Problem(Problems.NotFound($"Series '{seriesId}' has no issue {number}."));
        }

        var headlines = record.Headlines;
        var all = record.Events
            .Where(stored => stored.StreamId != record.SeriesStream)
            .Select(stored => new HistoryEntry(stored.Sequence, stored.Timestamp, stored.Actor, record.ModuleOf(stored), record.ItemOf(stored),
                stored.Type, Summaries.Of(stored), new RawJson(stored.DataJson), headlines.AsOf(stored)))
            .ToList();
        var matching = all.Where(filter.Matches).ToList();
        if (format == "csv")
        {
            response.Headers.ContentDisposition = CsvDisposition(seriesId, number);
            return TypedResults.Text(Csv(matching), Downloads.CsvContentType);
        }

        var actors = Actors(all);
        var items = record.Items.Select(item => new HistoryItem(item.ItemId, headlines.Latest(item.ItemId))).ToList();
        if (!filter.Paged)
        {
            return TypedResults.Ok(new HistoryResponse(matching, matching.Count, null, null, actors, items));
        }

        var (pageNumber, size) = (filter.Page ?? 1, filter.PageSize ?? HistoryFilter.DefaultPageSize);
        var entries = matching.Skip((int)Math.Min(int.MaxValue, ((long)pageNumber - 1) * size)).Take(size).ToList();
        return TypedResults.Ok(new HistoryResponse(entries, matching.Count, pageNumber, size, actors, items));
    }

    /// <summary>Each actor once, in order of first appearance, under the last name recorded for them.</summary>
    private static List<Actor> Actors(IReadOnlyList<HistoryEntry> entries)
    {
        var latest = new Dictionary<string, Actor>();
        var order = new List<string>();
        foreach (var entry in entries)
        {
            if (latest.TryAdd(entry.Actor.Id, entry.Actor))
            {
                order.Add(entry.Actor.Id);
            }
            else
            {
                latest[entry.Actor.Id] = entry.Actor;
            }
        }

        return [.. order.Select(id => latest[id])];
    }

    public static string CsvDisposition(string seriesId, int number) =>
        Downloads.Attachment(string.Create(CultureInfo.InvariantCulture, $"{seriesId}-{number}-history.csv"), string.Create(CultureInfo.InvariantCulture, $"第{number}期历史记录.csv"));

    private static string Csv(IEnumerable<HistoryEntry> entries) => Downloads.Csv(CsvHeader, entries.Select(entry => new[]
    {
        entry.Sequence.ToString(CultureInfo.InvariantCulture), entry.Timestamp.ToString("O", CultureInfo.InvariantCulture),
        entry.Actor.Id, entry.Actor.Name, entry.Module, entry.ItemId?.ToString() ?? "", entry.EventType, entry.Summary, CanonicalJson.Of(entry.Data.Json),
        entry.Headline ?? "",
    }));
}
