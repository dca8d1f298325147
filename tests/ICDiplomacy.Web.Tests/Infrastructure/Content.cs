using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Tests.Infrastructure;

/// <summary>Small builders for content edits in tests.</summary>
public static class Content
{
    public static DocumentEdit Edit(IReadOnlyDictionary<string, string> names, params (string Alias, JsonNode? Value)[] values) => new()
    {
        Names = names,
        Values = values.ToDictionary(v => v.Alias, v => v.Value),
    };

    public static DocumentEdit En(string name, params (string Alias, JsonNode? Value)[] values) =>
        Edit(new Dictionary<string, string> { ["en"] = name }, values);

    public static DocumentEdit Invariant(string name, params (string Alias, JsonNode? Value)[] values) =>
        Edit(new Dictionary<string, string> { ["*"] = name }, values);

    public static JsonObject PerCulture(params (string Culture, string Value)[] values) =>
        new(values.Select(v => KeyValuePair.Create(v.Culture, (JsonNode?)JsonValue.Create(v.Value))));

    public static JsonObject EnText(string value) => PerCulture(("en", value));

    public static DocumentEdit Home(string name = "Home") => En(name, ("heroTitle", EnText("Dialogue across divides")));

    public static DocumentEdit Listing(string name) => En(name);

    public static DocumentEdit Report(string name, string summary = "A summary of the meeting.", string type = "policyBrief", string date = "2025-03-01") =>
        En(name, ("reportType", type), ("summary", EnText(summary)), ("publicationDate", date));
}
