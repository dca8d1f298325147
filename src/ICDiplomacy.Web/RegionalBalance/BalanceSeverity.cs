using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Whether a failed rule makes the verdict FAIL (hard) or WARN (soft). Wire names: <c>hard</c>, <c>soft</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BalanceSeverity>))]
public enum BalanceSeverity
{
    [JsonStringEnumMemberName("hard")]
    Hard,

    [JsonStringEnumMemberName("soft")]
    Soft,
}
