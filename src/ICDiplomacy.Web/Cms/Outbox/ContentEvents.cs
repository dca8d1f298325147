namespace ICDiplomacy.Web.Cms.Outbox;

/// <summary>Outbox event names; they follow Umbraco's webhook event aliases where one exists.</summary>
public static class ContentEvents
{
    public const string Saved = "Umbraco.ContentSaved";
    public const string Published = "Umbraco.ContentPublish";
    public const string Unpublished = "Umbraco.ContentUnpublish";
    public const string Moved = "Umbraco.ContentMoved";
    public const string Trashed = "Umbraco.ContentMovedToRecycleBin";
    public const string Restored = "Umbraco.ContentRestored";
    public const string Deleted = "Umbraco.ContentDelete";
    public const string Sorted = "Umbraco.ContentSorted";
    public const string RolledBack = "Umbraco.ContentRolledBack";
    public const string Copied = "Umbraco.ContentCopied";
    /// <summary>The item's visibility or routes changed because an ancestor changed: re-read it.</summary>
    public const string Refreshed = "ICDiplomacy.ContentRefreshed";
    /// <summary>The item's public access rule was set, changed or removed; its descendants get <see cref="Refreshed"/>.</summary>
    public const string PublicAccessChanged = "ICDiplomacy.PublicAccessChanged";
}
