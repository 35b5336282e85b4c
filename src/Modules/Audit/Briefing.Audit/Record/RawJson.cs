using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Audit.Record;

/// <summary>
/// A JSON value as PostgreSQL returned it, written into an answer as it is: an audit history carries
/// every event's data, and parsing it only to write it out again was most of the history's cost.
/// </summary>
[JsonConverter(typeof(RawJsonConverter))]
public readonly record struct RawJson(string Json);

public sealed class RawJsonConverter : JsonConverter<RawJson>
{
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    /// <remarks>The text is jsonb's own output, valid JSON by construction: it is not validated again.</remarks>
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Json, skipInputValidation: true);
}
