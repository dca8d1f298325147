using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Per-call overrides; a null value keeps the configured default.</summary>
public sealed record BalanceThresholdOverrides
{
    public decimal? MaxRegionShare { get; init; }

    public decimal? MinGlobalSouthShare { get; init; }

    public decimal? MaxPartyRatio { get; init; }

    public decimal? MaxUnknownShare { get; init; }

    public IReadOnlyList<M49Region>? RequiredRegions { get; init; }

    public BalanceThresholds ApplyTo(BalanceThresholds defaults) => new()
    {
        MaxRegionShare = MaxRegionShare ?? defaults.MaxRegionShare,
        MinGlobalSouthShare = MinGlobalSouthShare ?? defaults.MinGlobalSouthShare,
        MaxPartyRatio = MaxPartyRatio ?? defaults.MaxPartyRatio,
        MaxUnknownShare = MaxUnknownShare ?? defaults.MaxUnknownShare,
        RequiredRegions = RequiredRegions ?? defaults.RequiredRegions,
    };
}
