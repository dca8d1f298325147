namespace ICDiplomacy.Web.Cms.Documents;

public enum ContentOperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
    /// <summary>The edit was based on an older version than the newest one.</summary>
    Conflict,
    NotAllowed,
    ParentNotFound,
    ParentNotPublished,
    InRecycleBin,
    NotInRecycleBin,
    Blocked,
}
