namespace ICDiplomacy.Web.DeliveryApi.Members;

/// <summary>What an authorization code or access token carries, sealed by ASP.NET Core Data Protection.</summary>
internal sealed record MemberTokenPayload(
    string Kind,
    Guid Id,
    Guid MemberKey,
    string SecurityStamp,
    long ExpiresUnixSeconds,
    string? RedirectUri = null,
    string? CodeChallenge = null,
    string? Scope = null);
