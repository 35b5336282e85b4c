namespace Briefing.EditorialReview.Linting;

/// <summary>
/// One problem in an item's body. <see cref="Start"/> and <see cref="Length"/> count UTF-16 code
/// units of the body; <see cref="Suggestion"/> replaces that span when a fix is safe.
/// </summary>
public sealed record LintFinding(string Rule, string Severity, int Start, int Length, string Excerpt, string Message, string? Suggestion);

/// <summary>What a rule finds, before the series' settings give it a severity.</summary>
public sealed record LintHit(int Start, int Length, string Message, string? Suggestion);
