using Briefing.Kernel;
using Microsoft.AspNetCore.Mvc;

namespace Briefing.Submission.SubmittingItems;

/// <summary>The contract's limits on an item's text.</summary>
public static class ItemText
{
    public const int MaxHeadlineLength = 200;
    public const int MaxBodyLength = 20_000;

    public static ProblemDetails? Check(string? headline, string? body) =>
        TextRules.Check("headline", headline, MaxHeadlineLength, required: false)
        ?? TextRules.Check("body", body, MaxBodyLength, required: true);
}
