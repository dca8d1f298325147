using System.Text.Json;
using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// What a version stores: names and URL segments per culture, and property values per culture.
/// Invariant values and the names of invariant types use the culture key "*".
/// </summary>
public sealed class VersionData
{
    public const string Invariant = "*";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Dictionary<string, string> Names { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Segments { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, Dictionary<string, JsonNode?>> Values { get; set; } = new(StringComparer.Ordinal);

    public JsonNode? GetValue(string alias, string culture) =>
        Values.TryGetValue(alias, out var byCulture) && byCulture.TryGetValue(culture, out var v) ? v : null;

    public void SetValue(string alias, string culture, JsonNode? value)
    {
        if (!Values.TryGetValue(alias, out var byCulture))
        {
            byCulture = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
            Values[alias] = byCulture;
        }

        byCulture[culture] = value;
    }

    /// <summary>Canonical JSON: keys in ordinal order at every level, so equal content serialises to equal text.</summary>
    public string Serialize() => JsonSerializer.Serialize(
        new
        {
            names = new SortedDictionary<string, string>(Names, StringComparer.Ordinal),
            segments = new SortedDictionary<string, string>(Segments, StringComparer.Ordinal),
            values = new SortedDictionary<string, SortedDictionary<string, JsonNode?>>(
                Values.ToDictionary(kv => kv.Key, kv => new SortedDictionary<string, JsonNode?>(kv.Value, StringComparer.Ordinal)),
                StringComparer.Ordinal),
        },
        Json);

    public static VersionData Deserialize(string json)
    {
        var data = JsonSerializer.Deserialize<VersionData>(json, Json) ?? new VersionData();
        // Re-home into case-insensitive dictionaries: the serialiser builds plain ones.
        data.Names = new Dictionary<string, string>(data.Names, StringComparer.OrdinalIgnoreCase);
        data.Segments = new Dictionary<string, string>(data.Segments, StringComparer.OrdinalIgnoreCase);
        data.Values = data.Values.ToDictionary(
            kv => kv.Key,
            kv => new Dictionary<string, JsonNode?>(kv.Value, StringComparer.OrdinalIgnoreCase),
            StringComparer.Ordinal);
        return data;
    }

    public VersionData Clone() => Deserialize(Serialize());
}
