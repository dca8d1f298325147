using System.Text.Json;
using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Writes a region list as its wire names (<c>["Africa","Asia"]</c>) and reads it back.</summary>
internal sealed class RegionListJsonConverter : JsonConverter<IReadOnlyList<M49Region>>
{
    public override IReadOnlyList<M49Region> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of region names.");
        }

        var regions = new List<M49Region>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var name = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            regions.Add(BalanceRegions.TryParse(name, out var region) ? region : throw new JsonException($"Unknown region '{name}'."));
        }

        return regions;
    }

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<M49Region> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var region in value)
        {
            writer.WriteStringValue(BalanceRegions.WireName(region));
        }

        writer.WriteEndArray();
    }
}
