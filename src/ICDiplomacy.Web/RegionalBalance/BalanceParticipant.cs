namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// One person in a participant list. <paramref name="Id"/> de-duplicates (ordinal, first occurrence wins);
/// <paramref name="Country"/> is an ISO 3166-1 alpha-2 code, any case, missing or unknown meaning region Unknown;
/// <paramref name="Party"/> is an explicit conflict-party tag that wins over the country.
/// Registrations (confirmed attendees, waitlist candidates) map onto this record as they are.
/// </summary>
public sealed record BalanceParticipant(string Id, string? Country = null, string? Party = null);
