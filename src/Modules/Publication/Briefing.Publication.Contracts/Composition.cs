namespace Briefing.Publication.Contracts;

/// <summary>Where an item sits in an issue. An issue's placements are in print order within each section.</summary>
public sealed record Placement(Guid ItemId, string Section);

/// <summary>
/// How placing, moving and removing items change an issue's composition: one rule for the issue
/// itself and for the audit's replay of its events.
/// </summary>
public static class Composition
{
    public static IReadOnlyList<Guid> ItemsIn(this IEnumerable<Placement> placements, string section) =>
        placements.Where(placement => placement.Section == section).Select(placement => placement.ItemId).ToList();

    /// <summary>Puts the item at a 0-based position within its section (at or past the end: last).</summary>
    public static void Place(this List<Placement> placements, Guid itemId, string section, int position)
    {
        var inSection = placements.ItemsIn(section);
        var index = position < inSection.Count
            ? placements.FindIndex(placement => placement.ItemId == inSection[position])
            : inSection.Count == 0 ? placements.Count : placements.FindIndex(placement => placement.ItemId == inSection[^1]) + 1;
        placements.Insert(index, new Placement(itemId, section));
    }

    public static void Move(this List<Placement> placements, Guid itemId, string section, int position)
    {
        placements.RemoveItem(itemId);
        placements.Place(itemId, section, position);
    }

    public static void RemoveItem(this List<Placement> placements, Guid itemId) => placements.RemoveAll(placement => placement.ItemId == itemId);
}
