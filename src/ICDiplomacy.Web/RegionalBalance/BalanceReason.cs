namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// One failed rule: the spec's reason <paramref name="Code"/> (e.g. <c>MissingRegion:Oceania</c>), whether it is
/// hard or soft under the profile, a plain-language explanation and what would fix it.
/// </summary>
public sealed record BalanceReason(string Code, BalanceSeverity Severity, string Explanation, string Fix);
