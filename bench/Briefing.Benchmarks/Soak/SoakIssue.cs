using System.Text.Json;

namespace Briefing.Benchmarks.Soak;

/// <summary>The one issue every client places its items in, and the newest version of it any client has seen.</summary>
public sealed class SoakIssue(string series, int number, long version)
{
    private long _version = version;

    public string Series { get; } = series;
    public string Path { get; } = $"/api/series/{series}/issues/{number}";
    public string ItemsPath => $"{Path}/items";
    public string PoolPath => $"/api/series/{Series}/ready-items";
    public long LatestVersion => Interlocked.Read(ref _version);

    public void Saw(long version)
    {
        for (var known = LatestVersion; version > known; known = LatestVersion)
        {
            if (Interlocked.CompareExchange(ref _version, version, known) == known)
            {
                return;
            }
        }
    }

    /// <summary>The ids of the items an issue answer holds, in every section, duplicates kept.</summary>
    public static IEnumerable<Guid> ItemIds(JsonElement issue) =>
        issue.GetProperty("sections").EnumerateArray().SelectMany(section => section.GetProperty("items").EnumerateArray()).Select(item => item.GetProperty("itemId").GetGuid());
}
