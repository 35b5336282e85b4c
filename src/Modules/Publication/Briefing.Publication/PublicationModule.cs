namespace Briefing.Publication;

/// <summary>Editors assemble numbered issues from accepted items; a chief editor signs off and publishes.</summary>
public static class PublicationModule
{
    /// <summary>The module's name: its durable local queue, its database schema and the Module property of its log lines.</summary>
    public const string Name = "publication";
}
