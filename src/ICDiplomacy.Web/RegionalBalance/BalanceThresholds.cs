using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The thresholds a check applies, all resolved. Shares are fractions in [0, 1]; <see cref="MaxPartyRatio"/>
/// is at least 1. Values are <see cref="decimal"/> so that 0.40 is exactly 0.40 and every comparison can be
/// done in integers (spec, step 4). The profile decides which rules run; these values only set their limits.
/// </summary>
public sealed record BalanceThresholds
{
    /// <summary>The specification's defaults, the same for both profiles (dialogue switches R1–R3 off).</summary>
    public static BalanceThresholds Default { get; } = new()
    {
        MaxRegionShare = 0.40m,
        MinGlobalSouthShare = 0.40m,
        MaxPartyRatio = 2.0m,
        MaxUnknownShare = 0.10m,
        RequiredRegions = BalanceRegions.All,
    };

    /// <summary>R2: a region's share of participants with a known country may not exceed this.</summary>
    public required decimal MaxRegionShare { get; init; }

    /// <summary>R3: the Global South share of participants with a known country must reach this.</summary>
    public required decimal MinGlobalSouthShare { get; init; }

    /// <summary>R5: largest party count divided by smallest may not exceed this.</summary>
    public required decimal MaxPartyRatio { get; init; }

    /// <summary>R6: the share of participants without a known region may not exceed this.</summary>
    public required decimal MaxUnknownShare { get; init; }

    /// <summary>R1: regions that need at least one participant; reported in M49 order whatever the order here.</summary>
    [JsonConverter(typeof(RegionListJsonConverter))]
    public required IReadOnlyList<M49Region> RequiredRegions { get; init; }

    /// <summary>Throws when a value is outside its range; the API rejects such values with a 400 first.</summary>
    internal void EnsureValid()
    {
        EnsureShare(MaxRegionShare, nameof(MaxRegionShare));
        EnsureShare(MinGlobalSouthShare, nameof(MinGlobalSouthShare));
        EnsureShare(MaxUnknownShare, nameof(MaxUnknownShare));
        if (MaxPartyRatio < 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxPartyRatio), MaxPartyRatio, "The party ratio must be at least 1.");
        }

        foreach (var region in RequiredRegions)
        {
            if (region is M49Region.Unknown || !Enum.IsDefined(region))
            {
                throw new ArgumentOutOfRangeException(nameof(RequiredRegions), region, "Only the five M49 regions can be required.");
            }
        }
    }

    private static void EnsureShare(decimal value, string name)
    {
        if (value is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(name, value, "A share must lie in [0, 1].");
        }
    }
}
