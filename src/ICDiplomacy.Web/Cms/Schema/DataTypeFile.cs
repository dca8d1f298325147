using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A data-types/ file as written.</summary>
internal sealed record DataTypeFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    public string? Alias { get; set; }
    public string? Name { get; set; }
    public string? Editor { get; set; }
    public JsonElement? Config { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownKeys { get; set; }
}
