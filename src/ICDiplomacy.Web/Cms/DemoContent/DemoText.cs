using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Cms.DemoContent;

/// <summary>Text in English with optional French and Arabic translations.</summary>
internal sealed record DemoText(string En, string? Fr = null, string? Ar = null)
{
    public static implicit operator DemoText(string en) => new(en);

    public IEnumerable<KeyValuePair<string, string>> ByCulture()
    {
        yield return KeyValuePair.Create("en", En);
        if (Fr is not null)
        {
            yield return KeyValuePair.Create("fr", Fr);
        }

        if (Ar is not null)
        {
            yield return KeyValuePair.Create("ar", Ar);
        }
    }

    /// <summary>The value of a culture-variant property: an object keyed by culture.</summary>
    public JsonObject ToJson() => new(ByCulture().Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)JsonValue.Create(kv.Value))));

    public Dictionary<string, string> ToNames() => ByCulture().ToDictionary(kv => kv.Key, kv => kv.Value);
}
