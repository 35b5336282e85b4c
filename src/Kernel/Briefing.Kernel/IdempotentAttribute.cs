namespace Briefing.Kernel;

/// <summary>
/// Marks a creating POST that honours <c>Idempotency-Key</c>: the same key with the same body
/// returns the first response and creates nothing; the same key with another body is a 422.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IdempotentAttribute : Attribute;
