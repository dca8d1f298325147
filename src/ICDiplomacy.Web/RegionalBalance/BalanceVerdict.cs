using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Outcome of a balance check. On the wire exactly as the specification spells it: PASS, WARN, FAIL.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BalanceVerdict>))]
public enum BalanceVerdict
{
    [JsonStringEnumMemberName("PASS")]
    Pass,

    [JsonStringEnumMemberName("WARN")]
    Warn,

    [JsonStringEnumMemberName("FAIL")]
    Fail,
}
