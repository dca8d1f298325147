namespace ICDiplomacy.Web.Common;

/// <summary>
/// Authorisation policy names of the management API (registered by the backoffice feature). Here because
/// features that keep their own management routes (webhooks) must not depend on the backoffice.
/// </summary>
public static class ManagementPolicies
{
    /// <summary>Any backoffice user group: administrators, editors, writers, translators.</summary>
    public const string Management = "management";

    /// <summary>Publish, unpublish, trash, restore and delete: administrators and editors.</summary>
    public const string Publisher = "management-publish";

    /// <summary>The media section: administrators, editors and writers (translators have no media access in Umbraco).</summary>
    public const string Media = "management-media";

    /// <summary>The settings section (webhooks): administrators only.</summary>
    public const string Settings = "management-settings";
}
