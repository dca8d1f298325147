using System.Text.Json;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A property's <c>validation</c> object, as written.</summary>
internal sealed record PropertyValidationFile
{
    public string? Regex { get; set; }
    public string? Message { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownKeys { get; set; }
}
