namespace ICDiplomacy.Web.Cms.Members;

/// <summary>How a member, member group or public access operation ended; the management API maps each to a status code.</summary>
public enum MemberOperationStatus
{
    Success,
    NotFound,
    ValidationFailed,
    AlreadyExists,
}
