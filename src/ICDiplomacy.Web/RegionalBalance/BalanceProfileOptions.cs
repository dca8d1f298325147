using System.ComponentModel.DataAnnotations;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Default thresholds of one profile; a call may override each of them.</summary>
public sealed class BalanceProfileOptions : IValidatableObject
{
    /// <summary>R2 cap on one region's share of participants with a known country, in [0, 1]. Default 0.40.</summary>
    [Range(0.0, 1.0)]
    public decimal MaxRegionShare { get; set; } = 0.40m;

    /// <summary>R3 floor on the Global South share, in [0, 1]. Default 0.40.</summary>
    [Range(0.0, 1.0)]
    public decimal MinGlobalSouthShare { get; set; } = 0.40m;

    /// <summary>R5 largest-to-smallest party ratio, at least 1. Default 2.0.</summary>
    [Range(1.0, double.MaxValue)]
    public decimal MaxPartyRatio { get; set; } = 2.0m;

    /// <summary>R6 cap on the share of participants without a known country, in [0, 1]. Default 0.10.</summary>
    [Range(0.0, 1.0)]
    public decimal MaxUnknownShare { get; set; } = 0.10m;

    /// <summary>
    /// R1 required regions, comma-separated M49 names. Default all five. A string rather than an array because
    /// configuration binding appends array items to a non-empty default instead of replacing it.
    /// </summary>
    public string RequiredRegions { get; set; } = "Africa,Americas,Asia,Europe,Oceania";

    public BalanceThresholds ToThresholds() => new()
    {
        MaxRegionShare = MaxRegionShare,
        MinGlobalSouthShare = MinGlobalSouthShare,
        MaxPartyRatio = MaxPartyRatio,
        MaxUnknownShare = MaxUnknownShare,
        RequiredRegions = ParseRegions(RequiredRegions, out _),
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        ParseRegions(RequiredRegions, out var invalid);
        if (invalid.Count > 0)
        {
            yield return new ValidationResult(
                $"Unknown region(s) {string.Join(", ", invalid)}; expected Africa, Americas, Asia, Europe or Oceania.",
                [nameof(RequiredRegions)]);
        }
    }

    private static List<M49Region> ParseRegions(string? value, out List<string> invalid)
    {
        invalid = [];
        var regions = new List<M49Region>();
        foreach (var name in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!BalanceRegions.TryParse(name, out var region))
            {
                invalid.Add(name);
            }
            else if (!regions.Contains(region))
            {
                regions.Add(region);
            }
        }

        return regions;
    }
}
