using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Everything the check measured, always returned (spec, "Metrics"). Doubles carry full precision; JSON
/// rounds them to 3 decimals. Region shares, the Global South share and the indices use Nk as denominator
/// and are 0 when Nk is 0; the unknown share uses N and is 0 when N is 0. The indices use K = 5 regions.
/// </summary>
public sealed record BalanceMetrics
{
    /// <summary>Distinct participants (by id).</summary>
    public required int N { get; init; }

    /// <summary>Participants whose country has a known M49 region.</summary>
    public required int Nk { get; init; }

    /// <summary>The five regions in M49 order: Africa, Americas, Asia, Europe, Oceania.</summary>
    public required IReadOnlyList<RegionMetric> Regions { get; init; }

    /// <summary>Participants with no country, an unknown code, or a code without region (AQ): N − Nk.</summary>
    public required int UnknownCount { get; init; }

    /// <summary>(N − Nk) / N.</summary>
    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double UnknownShare { get; init; }

    /// <summary>The Global South definition the two figures below used.</summary>
    public required GlobalSouthDefinition GlobalSouthDefinition { get; init; }

    public required int GlobalSouthCount { get; init; }

    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double GlobalSouthShare { get; init; }

    /// <summary>Regions with at least one participant (0–5).</summary>
    public required int RegionsCovered { get; init; }

    /// <summary>Blau (Gini–Simpson) index B = 1 − Σ p².</summary>
    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double Blau { get; init; }

    /// <summary>B* = B / (1 − 1/5).</summary>
    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double BlauNormalised { get; init; }

    /// <summary>Shannon H = −Σ p ln p (natural logarithm).</summary>
    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double Shannon { get; init; }

    /// <summary>Evenness J = H / ln 5.</summary>
    [JsonConverter(typeof(RoundedDoubleJsonConverter))]
    public required double Evenness { get; init; }

    /// <summary>Participants per conflict party, in the conflict's order; empty without a conflict.</summary>
    public required IReadOnlyList<PartyMetric> Parties { get; init; }

    /// <summary>Participants of no party (third parties); 0 without a conflict.</summary>
    public required int NeutralCount { get; init; }

    /// <summary>Untagged participants whose country belongs to several parties; 0 without a conflict.</summary>
    public required int AmbiguousCount { get; init; }
}
