using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Briefing.Audit.Chain;

/// <summary>
/// One serialisation of a JSON value, whatever wrote it: object members sorted by name (ordinal),
/// no white space, strings escaped only where JSON requires, numbers as written. PostgreSQL's jsonb
/// reorders members and drops white space, so the data an event was hashed with and the data read
/// back compare equal only in this form.
/// </summary>
public static class CanonicalJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Of(document.RootElement);
    }

    public static string Of(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            Write(writer, element);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    Write(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case JsonValueKind.String:
                writer.WriteStringValue(element.GetString());
                break;
            default:
                writer.WriteRawValue(element.GetRawText(), skipInputValidation: true);
                break;
        }
    }
}
