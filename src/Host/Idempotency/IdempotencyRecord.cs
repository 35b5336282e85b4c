namespace Briefing.Host.Idempotency;

/// <summary>The first request made with an Idempotency-Key, and its response once there is one.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>The caller, the route and the key: keys are the caller's own.</summary>
    public string Id { get; set; } = "";
    public string RequestHash { get; set; } = "";
    public DateTimeOffset StartedAt { get; set; }
    public bool Completed { get; set; }
    public int StatusCode { get; set; }
    public string? ContentType { get; set; }
    public string? Location { get; set; }

    /// <summary>The first answer's Briefing-Cascade header, when it had one (ADR 14).</summary>
    public string? Cascade { get; set; }
    public string Body { get; set; } = "";
}
