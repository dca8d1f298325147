using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Which rule set applies (spec v1, "Rules"). Wire names: <c>forum</c>, <c>dialogue</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BalanceProfile>))]
public enum BalanceProfile
{
    /// <summary>A forum session: regions, Global South and parties all count.</summary>
    [JsonStringEnumMemberName("forum")]
    Forum,

    /// <summary>A dialogue group on one conflict: only parties and data quality count.</summary>
    [JsonStringEnumMemberName("dialogue")]
    Dialogue,
}
