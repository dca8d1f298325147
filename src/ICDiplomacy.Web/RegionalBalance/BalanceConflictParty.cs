namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>One party to a conflict and the countries (alpha-2) whose participants represent it by default.</summary>
public sealed record BalanceConflictParty(string Name, IReadOnlyList<string> Countries);
