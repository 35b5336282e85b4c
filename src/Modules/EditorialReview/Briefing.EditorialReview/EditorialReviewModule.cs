namespace Briefing.EditorialReview;

/// <summary>Editors claim, edit, comment, lint, request changes, accept or reject submitted items.</summary>
public static class EditorialReviewModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "editorial-review";
}
