namespace ICDiplomacy.Web.Media;

/// <summary>Outcomes of media operations; the management API maps each to one HTTP status.</summary>
public enum MediaOperationStatus
{
    Success,
    NotFound,
    /// <summary>A field is wrong (400): the result names it.</summary>
    Invalid,
    /// <summary>The upload is bigger than its cap (413).</summary>
    TooLarge,
    /// <summary>The file is not one of the accepted formats (415).</summary>
    UnsupportedMediaType,
    /// <summary>Someone else changed the item first (409).</summary>
    Conflict,
    /// <summary>Every decode slot stayed busy (503).</summary>
    Busy,
    /// <summary>The media store could not write the file (507).</summary>
    StorageFailed,
}
