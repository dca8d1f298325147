using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>The outcome of a check: verdict, reasons in the specification's order, metrics, and what was applied.</summary>
public sealed record BalanceResult
{
    public required BalanceVerdict Verdict { get; init; }

    /// <summary>The reason codes alone, in order; the same as <see cref="Reasons"/>' codes.</summary>
    public IReadOnlyList<string> ReasonCodes => [.. Reasons.Select(r => r.Code)];

    public required IReadOnlyList<BalanceReason> Reasons { get; init; }

    public required BalanceMetrics Metrics { get; init; }

    public required BalanceProfile Profile { get; init; }

    public required GlobalSouthDefinition GlobalSouth { get; init; }

    public required BalanceThresholds Thresholds { get; init; }

    public bool HasReason(string code) => Reasons.Any(r => r.Code == code);
}
