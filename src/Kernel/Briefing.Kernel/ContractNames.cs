using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Kernel;

/// <summary>
/// How the contract writes a status: kebab-case (<c>InReview</c> is <c>in-review</c>). The API's JSON
/// writes and reads every enum this way (<see cref="Converter"/>); Marten stores enums as integers.
/// </summary>
public static class ContractNames
{
    public static JsonNamingPolicy Policy { get; } = JsonNamingPolicy.KebabCaseLower;

    public static JsonConverter Converter { get; } = new JsonStringEnumConverter(Policy, allowIntegerValues: false);

    public static string Name<TEnum>(this TEnum value) where TEnum : struct, Enum => Policy.ConvertName(value.ToString());
}
