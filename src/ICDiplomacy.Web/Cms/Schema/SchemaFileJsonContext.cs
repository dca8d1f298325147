using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.Schema;

// Source-generated so start-up pays no reflection cost; duplicate keys are rejected because the
// last one would otherwise win silently.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(ContentTypeFile))]
[JsonSerializable(typeof(DataTypeFile))]
[JsonSerializable(typeof(JsonObject))]
internal sealed partial class SchemaFileJsonContext : JsonSerializerContext;
