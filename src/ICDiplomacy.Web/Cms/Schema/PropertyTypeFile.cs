using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>One entry of a content type file's <c>properties</c> array, as written.</summary>
internal sealed record PropertyTypeFile
{
    public string? Alias { get; set; }
    public string? Name { get; set; }
    public string? Description { get; set; }
    public string? Group { get; set; }
    public string? DataType { get; set; }
    public string? Editor { get; set; }
    public JsonElement? Config { get; set; }
    public bool Mandatory { get; set; }
    public string? MandatoryMessage { get; set; }
    public PropertyValidationFile? Validation { get; set; }
    public bool VariesByCulture { get; set; }
    public bool Searchable { get; set; }
    public bool Facet { get; set; }
    public bool Sensitive { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownKeys { get; set; }
}
