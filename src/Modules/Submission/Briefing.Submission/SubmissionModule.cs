namespace Briefing.Submission;

/// <summary>Districts, universities and departments submit items and revise them when editors ask.</summary>
public static class SubmissionModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "submission";
}
