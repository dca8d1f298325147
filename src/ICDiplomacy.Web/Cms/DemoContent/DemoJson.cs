using System.Globalization;
using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>Value shapes the property editors accept (see PropertyValueValidator).</summary>
internal static class DemoJson
{
    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());

    public static JsonArray Keys(IEnumerable<Guid> keys) => Strings(keys.Select(k => k.ToString()));

    public static JsonObject Block(string elementType, JsonObject values) => new() { ["contentType"] = elementType, ["values"] = values };

    public static JsonArray Blocks(IEnumerable<JsonObject> blocks) => new(blocks.Select(b => (JsonNode?)b).ToArray());

    /// <summary>
    /// A number as it arrives from a JSON request. PropertyValueValidator refuses a number built in code
    /// (JsonValue.Create(2026)): it reads it with TryGetValue&lt;decimal&gt;, which only succeeds for JSON-backed values.
    /// </summary>
    public static JsonNode? Number(int? value) => value is { } v ? JsonNode.Parse(v.ToString(CultureInfo.InvariantCulture)) : null;

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Leaves out null values and empty lists, as an editor leaves fields blank.</summary>
    public static Dictionary<string, JsonNode?> Values(params (string Alias, JsonNode? Value)[] values)
    {
        var result = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (alias, value) in values)
        {
            if (value is null or JsonArray { Count: 0 })
            {
                continue;
            }

            result[alias] = value;
        }

        return result;
    }
}
