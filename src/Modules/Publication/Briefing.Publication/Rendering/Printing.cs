using Briefing.Kernel;
using Briefing.Publication.Contracts;

namespace Briefing.Publication.Rendering;

/// <summary>Text helpers the renderers share.</summary>
public static class Printing
{
    /// <summary>What an erratum says, naming the item it corrects when there is one.</summary>
    public static string ErratumLine(IssueDocument document, Erratum erratum) =>
        (erratum.ItemId is { } itemId && document.Item(itemId) is { } item ? $"关于“{item.Headline}”：" : "") + erratum.Text;
}
