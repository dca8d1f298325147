namespace ICDiplomacy.Web.Cms.Members;

/// <summary>The outcome of a member, member group or public access operation, with field errors keyed by wire name.</summary>
public sealed record MemberResult(MemberOperationStatus Status, Guid? Key = null, string? Message = null)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public bool Succeeded => Status == MemberOperationStatus.Success;

    public static MemberResult Ok(Guid key) => new(MemberOperationStatus.Success, key);

    public static MemberResult NotFound(string message) => new(MemberOperationStatus.NotFound, Message: message);

    public static MemberResult Invalid(Dictionary<string, string[]> errors) =>
        new(MemberOperationStatus.ValidationFailed, Message: "The request has validation errors.") { Errors = errors };

    public static MemberResult Invalid(string field, string message) => Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
