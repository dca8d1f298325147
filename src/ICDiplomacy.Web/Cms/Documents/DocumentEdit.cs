using System.Text.Json.Nodes;

namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>
/// What an editor submits on create or save. The saved version holds exactly these names and values.
/// Values: for an invariant property the value itself; for a culture-variant property an object keyed by culture.
/// Names: keyed by culture; an invariant type takes "*" (the default culture's code is accepted too).
/// </summary>
public sealed record DocumentEdit
{
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
    /// <summary>Optional explicit URL segments per culture; derived from the name when absent.</summary>
    public IReadOnlyDictionary<string, string>? Segments { get; init; }
    public IReadOnlyDictionary<string, JsonNode?> Values { get; init; } = new Dictionary<string, JsonNode?>();
}
