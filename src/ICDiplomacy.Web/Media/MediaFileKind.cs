namespace ICDiplomacy.Web.Media;

/// <summary>The formats the media library accepts, recognised by magic bytes alone.</summary>
public enum MediaFileKind
{
    Unknown,
    Png,
    Jpeg,
    Gif,
    Webp,
    Pdf,
}
