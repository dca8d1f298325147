namespace ICDiplomacy.Web.Media;

/// <summary>The outcome of a media operation: the item when it succeeded, else the field at fault and why.</summary>
public sealed record MediaResult(MediaOperationStatus Status, MediaItem? Item = null, string? Field = null, string? Message = null)
{
    public bool Succeeded => Status == MediaOperationStatus.Success;

    public static MediaResult Ok(MediaItem item) => new(MediaOperationStatus.Success, item);

    public static MediaResult NotFound(string message = "The media item does not exist.") => new(MediaOperationStatus.NotFound, Message: message);

    public static MediaResult Invalid(string field, string message) => new(MediaOperationStatus.Invalid, Field: field, Message: message);

    public static MediaResult Fail(MediaOperationStatus status, string field, string message) => new(status, Field: field, Message: message);
}
