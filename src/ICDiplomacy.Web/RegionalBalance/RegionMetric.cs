using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Count of participants from one region and its share of participants with a known region (Nk).</summary>
public sealed record RegionMetric(
    [property: JsonConverter(typeof(RegionJsonConverter))] M49Region Region,
    int Count,
    [property: JsonConverter(typeof(RoundedDoubleJsonConverter))] double Share);
