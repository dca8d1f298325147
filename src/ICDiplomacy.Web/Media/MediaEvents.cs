namespace ICDiplomacy.Web.Media;

/// <summary>
/// Outbox event names for media, Umbraco's webhook aliases. Outbox subscribers that follow documents should
/// skip events starting with "Umbraco.Media"; <c>ContentType</c> on these messages holds the media type.
/// </summary>
public static class MediaEvents
{
    public const string Saved = "Umbraco.MediaSave";
    public const string Moved = "Umbraco.MediaMoved";
    public const string Trashed = "Umbraco.MediaMovedToRecycleBin";
    public const string Deleted = "Umbraco.MediaDelete";
    public const string Sorted = "Umbraco.MediaSorted";
}
