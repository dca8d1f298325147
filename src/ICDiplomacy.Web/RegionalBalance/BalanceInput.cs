using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Everything one check needs besides the country catalog. Callers other than the API (forum sessions,
/// initiatives, registrations and waitlists later) build the same record from their own data.
/// </summary>
public sealed record BalanceInput
{
    public required BalanceProfile Profile { get; init; }

    public required IReadOnlyList<BalanceParticipant> Participants { get; init; }

    public BalanceConflict? Conflict { get; init; }

    public GlobalSouthDefinition GlobalSouth { get; init; } = GlobalSouthDefinition.Unctad;

    /// <summary>Null applies <see cref="BalanceThresholds.Default"/>; <see cref="BalanceService"/> fills in configured ones.</summary>
    public BalanceThresholds? Thresholds { get; init; }
}
