namespace Briefing.Kernel;

/// <summary>How long each kind of text may be, in characters (Unicode code points, as <see cref="TextRules"/> counts them).</summary>
public static class TextLimits
{
    public const int Headline = 200;
    public const int Body = 20_000;

    /// <summary>A reason, an edit's note, an editor's note (编者按), an erratum.</summary>
    public const int Note = 2000;

    public const int Comment = 5000;

    /// <summary>A passage of the body a comment quotes.</summary>
    public const int Quote = Body;

    /// <summary>A user's or an organisation's name, or one of an organisation's aliases.</summary>
    public const int Name = 100;

    /// <summary>A series' title, its issuing unit, the title of one of its sections.</summary>
    public const int Title = 200;

    /// <summary>A series' distribution list (the footer's 分送).</summary>
    public const int Distribution = 2000;
}
