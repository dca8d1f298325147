using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// The public, aggregate answer for a session or an initiative (spec: "Public display of balance statistics is
/// aggregate only"): verdict, region shares, Global South share and definition, regions covered and party counts,
/// with every cell of fewer than <see cref="SuppressionThreshold"/> people suppressed. No participant ids or countries.
/// </summary>
public sealed record BalanceSummary
{
    /// <summary>Cells below this many people are suppressed.</summary>
    public const int MinCellSize = 3;

    /// <summary><c>forumSession</c> or <c>initiative</c>.</summary>
    public required string Subject { get; init; }

    public required Guid Id { get; init; }

    /// <summary>Always false here: the detailed answer is <see cref="BalanceDetail"/>.</summary>
    public bool Detailed => false;

    public required BalanceProfile Profile { get; init; }

    public required BalanceVerdict Verdict { get; init; }

    public int SuppressionThreshold => MinCellSize;

    /// <summary>The five regions in M49 order; shares of participants with a known country.</summary>
    public required IReadOnlyList<RegionCell> Regions { get; init; }

    public required int RegionsCovered { get; init; }

    public required GlobalSouthCell GlobalSouth { get; init; }

    /// <summary>Participants per conflict party, in the conflict's order; empty without a conflict.</summary>
    public required IReadOnlyList<PartyCell> Parties { get; init; }

    public static BalanceSummary From(string subject, Guid id, BalanceResult result)
    {
        var m = result.Metrics;
        return new BalanceSummary
        {
            Subject = subject,
            Id = id,
            Profile = result.Profile,
            Verdict = result.Verdict,
            Regions = [.. m.Regions.Select(r => Shown(r.Count)
                ? new RegionCell(r.Region, r.Count, Round(r.Share), false)
                : new RegionCell(r.Region, null, null, true))],
            RegionsCovered = m.RegionsCovered,
            GlobalSouth = Shown(m.GlobalSouthCount)
                ? new GlobalSouthCell(m.GlobalSouthDefinition, m.GlobalSouthCount, Round(m.GlobalSouthShare), false)
                : new GlobalSouthCell(m.GlobalSouthDefinition, null, null, true),
            Parties = [.. m.Parties.Select(p => Shown(p.Count) ? new PartyCell(p.Name, p.Count, false) : new PartyCell(p.Name, null, true))],
        };
    }

    private static bool Shown(int count) => count >= MinCellSize;

    private static double Round(double share) => Math.Round(share, 3, MidpointRounding.AwayFromZero);
}

/// <summary>One region's count and share, or nulls with <paramref name="Suppressed"/> when fewer than 3 people.</summary>
public sealed record RegionCell(
    [property: JsonConverter(typeof(RegionJsonConverter))] M49Region Region,
    int? Count,
    double? Share,
    bool Suppressed);

/// <summary>The Global South count and share under <paramref name="Definition"/>, or nulls with <paramref name="Suppressed"/>.</summary>
public sealed record GlobalSouthCell(GlobalSouthDefinition Definition, int? Count, double? Share, bool Suppressed);

/// <summary>One conflict party's count, or null with <paramref name="Suppressed"/>.</summary>
public sealed record PartyCell(string Name, int? Count, bool Suppressed);
