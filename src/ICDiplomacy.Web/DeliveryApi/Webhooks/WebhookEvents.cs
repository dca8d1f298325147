using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>Umbraco's webhook event aliases a subscription may name.</summary>
public static class WebhookEvents
{
    public const string ContentPublish = ContentEvents.Published;
    public const string ContentUnpublish = ContentEvents.Unpublished;
    public const string ContentDelete = ContentEvents.Deleted;
    public const string MediaSave = Media.MediaEvents.Saved;
    public const string MediaDelete = Media.MediaEvents.Deleted;

    /// <summary>Umbraco's default events plus the optional content and media events our outbox records.</summary>
    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        ContentPublish, ContentUnpublish, ContentDelete, MediaSave, MediaDelete,
        ContentEvents.Saved, ContentEvents.Moved, ContentEvents.Trashed, ContentEvents.Restored,
        ContentEvents.Sorted, ContentEvents.RolledBack, ContentEvents.Copied,
        Media.MediaEvents.Moved, Media.MediaEvents.Trashed, Media.MediaEvents.Sorted,
    };

    /// <summary>True for events about media, whose type filter names media types.</summary>
    public static bool IsMedia(string alias) => alias.StartsWith("Umbraco.Media", StringComparison.Ordinal);
}
