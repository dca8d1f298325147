using System.Text.Json.Serialization;

namespace ICDiplomacy.Web.Cms.ReferenceData;

/// <summary>Which per-country flag counts as "Global South". Wire names: <c>unctad</c>, <c>g77</c>, <c>worldBankIncome</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GlobalSouthDefinition>))]
public enum GlobalSouthDefinition
{
    /// <summary>UNCTAD developing economies (the default).</summary>
    [JsonStringEnumMemberName("unctad")]
    Unctad,

    /// <summary>Member of the Group of 77 (China counted, as in "G77 and China").</summary>
    [JsonStringEnumMemberName("g77")]
    G77,

    /// <summary>World Bank low, lower-middle or upper-middle income.</summary>
    [JsonStringEnumMemberName("worldBankIncome")]
    WorldBankIncome,
}
