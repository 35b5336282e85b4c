namespace Briefing.Benchmarks.Soak;

/// <summary>How far an item's life got: the last step the API answered with a success.</summary>
public enum SoakStep
{
    Submitted,
    Claimed,
    Edited,
    Accepted,
    Placed,
}

/// <summary>An item a soak client submitted, and what it expects every module to show of it.</summary>
public sealed class SoakItem(Guid id, string editedBody)
{
    public Guid Id { get; } = id;
    public string EditedBody { get; } = editedBody;
    public SoakStep Acknowledged { get; set; } = SoakStep.Submitted;

    /// <summary>A step failed: what the modules show of it is unknown, and the run fails anyway.</summary>
    public bool Failed { get; set; }

    /// <summary>The status the submission and the review show after the acknowledged step.</summary>
    public string ExpectedStatus => Acknowledged switch
    {
        SoakStep.Submitted => "submitted",
        SoakStep.Claimed or SoakStep.Edited => "in-review",
        SoakStep.Accepted => "accepted",
        _ => "placed",
    };
}
