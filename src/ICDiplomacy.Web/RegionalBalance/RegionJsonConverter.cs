using System.Text.Json;
using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Writes a region as its wire name (<c>"Africa"</c>), whatever the app's enum settings are.</summary>
internal sealed class RegionJsonConverter : JsonConverter<M49Region>
{
    public override M49Region Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        BalanceRegions.TryParse(reader.GetString(), out var region) ? region : M49Region.Unknown;

    public override void Write(Utf8JsonWriter writer, M49Region value, JsonSerializerOptions options) =>
        writer.WriteStringValue(BalanceRegions.WireName(value));
}
