using ICDiplomacy.Web.Cms.ReferenceData;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>A <see cref="CheckBalanceRequest"/> that passed validation, in checker terms.</summary>
internal sealed record ValidatedBalanceRequest(
    BalanceProfile Profile,
    IReadOnlyList<BalanceParticipant> Participants,
    BalanceConflict? Conflict,
    GlobalSouthDefinition? GlobalSouth,
    BalanceThresholdOverrides? Overrides);
