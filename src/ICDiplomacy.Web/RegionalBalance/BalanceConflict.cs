namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>The conflict a participant list is checked against; parties are reported in the order given.</summary>
public sealed record BalanceConflict(string Name, IReadOnlyList<BalanceConflictParty> Parties);
