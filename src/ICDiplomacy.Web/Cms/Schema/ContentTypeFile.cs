using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A document-types/ or element-types/ file as written; checked by <see cref="ContentSchemaLoader"/>.</summary>
internal sealed record ContentTypeFile
{
    [JsonPropertyName("$schema")]
    public string? Schema { get; set; }
    public string? Alias { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Icon { get; set; }
    public bool AllowedAtRoot { get; set; }
    public IReadOnlyList<string?>? AllowedChildTypes { get; set; }
    public IReadOnlyList<string?>? Compositions { get; set; }
    public bool VariesByCulture { get; set; }
    public IReadOnlyList<PropertyTypeFile?>? Properties { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownKeys { get; set; }
}
