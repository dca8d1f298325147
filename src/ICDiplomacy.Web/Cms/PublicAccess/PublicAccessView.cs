namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>A document's public access rule as stored: who is allowed, and the login and error pages.</summary>
public sealed record PublicAccessView(
    Guid DocumentKey,
    IReadOnlyList<(Guid Key, string UserName, string Name)> Members,
    IReadOnlyList<(Guid Key, string Name)> Groups,
    Guid? LoginDocument,
    Guid? ErrorDocument);
