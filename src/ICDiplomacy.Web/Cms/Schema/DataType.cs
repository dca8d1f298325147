using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Cms.Schema;

/// <summary>A configured property editor (Umbraco's data type), reusable across properties.</summary>
public sealed record DataType
{
    public required string Alias { get; init; }
    public required string Name { get; init; }
    public required string EditorAlias { get; init; }
    /// <summary>Editor configuration as written in the schema file (keys documented in content-schema/README.md).</summary>
    public JsonObject Configuration { get; init; } = [];
    /// <summary>File the data type came from; empty for data types declared inline on a property.</summary>
    public string SourceFile { get; init; } = "";

    public int? GetInt(string key) => Configuration[key] is JsonValue v && v.TryGetValue(out int i) ? i : null;
    public decimal? GetDecimal(string key) => Configuration[key] is JsonValue v && v.TryGetValue(out decimal d) ? d : null;
    public bool GetBool(string key, bool fallback = false) => Configuration[key] is JsonValue v && v.TryGetValue(out bool b) ? b : fallback;
    public string? GetString(string key) => Configuration[key] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public IReadOnlyList<string> GetStrings(string key) =>
        Configuration[key] is JsonArray a
            ? a.Select(n => n?.GetValue<string>()).Where(s => s is not null).Select(s => s!).ToArray()
            : [];
}
