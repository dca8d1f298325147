namespace ICDiplomacy.Web.Cms.PublicAccess;

/// <summary>Umbraco's answer to "may this caller see this item" (PublicAccessStatus).</summary>
public enum PublicAccessStatus
{
    AccessAccepted,
    /// <summary>Protected and no member is signed in (or member authorization is off): 401.</summary>
    NotLoggedIn,
    /// <summary>Protected and the signed-in member is not allowed: 403.</summary>
    AccessDenied,
}
