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

    /// <summary>
    /// Reads what <see cref="Serialize"/> wrote (property names matched case-insensitively, unknown ones skipped), straight
    /// into the case-insensitive dictionaries: every Delivery API item and list page reads one version per document.
    /// </summary>
    public static VersionData Deserialize(string json)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(System.Text.Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var length = System.Text.Encoding.UTF8.GetBytes(json, buffer);
            return Read(new Utf8JsonReader(buffer.AsSpan(0, length)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Values are copied out of the buffer (JsonNode.Parse clones), so it can go back to the pool.
    private static VersionData Read(Utf8JsonReader reader)
    {
        var data = new VersionData();
        if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
        {
            return data;
        }

        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var section = reader.GetString();
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                continue;
            }

            if (string.Equals(section, "names", StringComparison.OrdinalIgnoreCase))
            {
                ReadStrings(ref reader, data.Names);
            }
            else if (string.Equals(section, "segments", StringComparison.OrdinalIgnoreCase))
            {
                ReadStrings(ref reader, data.Segments);
            }
            else if (string.Equals(section, "values", StringComparison.OrdinalIgnoreCase))
            {
                Expect(ref reader, JsonTokenType.StartObject);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var alias = reader.GetString()!;
                    reader.Read();
                    var byCulture = new Dictionary<string, JsonNode?>(StringComparer.OrdinalIgnoreCase);
                    if (reader.TokenType != JsonTokenType.Null)
                    {
                        Expect(ref reader, JsonTokenType.StartObject);
                        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                        {
                            var culture = reader.GetString()!;
                            reader.Read();
                            byCulture[culture] = JsonNode.Parse(ref reader);
                        }
                    }

                    data.Values[alias] = byCulture;
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return data;
    }

    private static void ReadStrings(ref Utf8JsonReader reader, Dictionary<string, string> target)
    {
        Expect(ref reader, JsonTokenType.StartObject);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            target[key] = reader.GetString()!;
        }
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new JsonException($"Version data: expected {type} at byte {reader.TokenStartIndex}, found {reader.TokenType}.");
        }
    }

    public VersionData Clone() => Deserialize(Serialize());
}
