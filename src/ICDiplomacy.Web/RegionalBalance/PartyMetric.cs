namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>Number of participants who represent one party of the conflict.</summary>
public sealed record PartyMetric(string Name, int Count);
