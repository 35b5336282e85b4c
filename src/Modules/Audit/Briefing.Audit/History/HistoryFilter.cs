using System.Globalization;
using Briefing.Audit.Record;
using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Audit.History;

/// <summary>Which entries of a history to answer: every filter given must match; a page when paged.</summary>
public sealed record HistoryFilter(string? ActorId, Guid? ItemId, string? Module, DateTimeOffset? From, DateTimeOffset? To, int? Page, int? PageSize)
{
    public const int MaxPageSize = 1000;
    public const int DefaultPageSize = 100;
    public static readonly string[] Modules = ["submission", "editorial-review", "publication"];

    public bool Paged => Page is not null || PageSize is not null;

    public bool Matches(HistoryEntry entry) =>
        (ActorId is null || entry.Actor.Id == ActorId)
        && (ItemId is null || entry.ItemId == ItemId)
        && (Module is null || entry.Module == Module)
        && (From is null || entry.Timestamp >= From)
        && (To is null || entry.Timestamp <= To);

    /// <summary>The filter the query names, or the problem with it.</summary>
    public static (HistoryFilter? Filter, ProblemDetails? Problem) Read(string? actor, string? itemId, string? module, string? from, string? to, string? page, string? pageSize)
    {
        Guid parsedItem = default;
        if (itemId is not null && !Guid.TryParse(itemId, out parsedItem))
        {
            return (null, Problems.Validation("itemId", "itemId must be an item's id (a GUID)."));
        }

        if (module is not null && !Modules.Contains(module))
        {
            return (null, Problems.Validation("module", $"module must be {string.Join(", ", Modules)}."));
        }

        var start = Instants.Parse(from);
        if (from is not null && start is null)
        {
            return (null, Problems.Validation("from", Instants.Rule("from")));
        }

        var end = Instants.Parse(to);
        if (to is not null && end is null)
        {
            return (null, Problems.Validation("to", Instants.Rule("to")));
        }

        if (start > end)
        {
            return (null, Problems.Validation("to", "to must not be before from."));
        }

        // Read here rather than by the framework, so that a page that is no number gets the same problem (with errors) as one out of range.
        var pageNumber = Number(page);
        if (page is not null && pageNumber is not >= 1)
        {
            return (null, Problems.Validation("page", "page is a number counting from 1."));
        }

        var size = Number(pageSize);
        if (pageSize is not null && size is not (>= 1 and <= MaxPageSize))
        {
            return (null, Problems.Validation("pageSize", $"pageSize must be a number between 1 and {MaxPageSize}."));
        }

        return (new HistoryFilter(string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), itemId is null ? null : parsedItem, module, start, end, pageNumber, size), null);
    }

    private static int? Number(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : null;
}
