using System.Text.Json;

namespace Briefing.Audit.Record;

/// <summary>Reading stored event data by member name, whatever casing the serializer used.</summary>
public static class JsonData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static JsonElement? Member(this JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    public static string? Text(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    public static string? Text(this JsonElement element, string name, string inner) =>
        element.Member(name) is { } value ? value.Text(inner) : null;

    public static int? Number(this JsonElement element, string name) =>
        element.Member(name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number) ? number : null;

    public static Guid? Id(this JsonElement element, string name) =>
        element.Text(name) is { } text && Guid.TryParse(text, out var id) ? id : null;

    /// <summary>The member read as <typeparamref name="T"/>; default when it is missing or not of that shape (the chain check says why).</summary>
    public static T? As<T>(this JsonElement element, string name)
    {
        try
        {
            return element.Member(name) is { ValueKind: not JsonValueKind.Null } value ? value.Deserialize<T>(Options) : default;
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
