using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>The five M49 regions in the order every list, metric and reason uses.</summary>
public static class BalanceRegions
{
    public static IReadOnlyList<M49Region> All { get; } =
        [M49Region.Africa, M49Region.Americas, M49Region.Asia, M49Region.Europe, M49Region.Oceania];

    /// <summary>The wire name of a region: its English M49 name, as used in reason codes (<c>MissingRegion:Africa</c>).</summary>
    public static string WireName(M49Region region) => region switch
    {
        M49Region.Africa => "Africa",
        M49Region.Americas => "Americas",
        M49Region.Asia => "Asia",
        M49Region.Europe => "Europe",
        M49Region.Oceania => "Oceania",
        _ => "Unknown",
    };

    /// <summary>Parses a wire name (any case) into one of the five regions; <c>Unknown</c> is not a region one can ask for.</summary>
    public static bool TryParse(string? value, out M49Region region)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(value?.Trim(), WireName(candidate), StringComparison.OrdinalIgnoreCase))
            {
                region = candidate;
                return true;
            }
        }

        region = M49Region.Unknown;
        return false;
    }
}
