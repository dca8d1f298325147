namespace ICDiplomacy.Web.Cms.Documents;

/// <summary>The outcome of a content operation: a status, and the document's key and newest version when it succeeded.</summary>
public sealed record ContentResult(ContentOperationStatus Status, Guid? Key = null, int? Version = null, string? Message = null)
{
    public IReadOnlyList<ContentValidationError> Errors { get; init; } = [];

    /// <summary>Findings that did not stop the operation (e.g. a regional-balance warning on publish).</summary>
    public IReadOnlyList<ContentValidationError> Warnings { get; init; } = [];

    /// <summary>For <see cref="ContentOperationStatus.Conflict"/>: the newer version the edit must be re-based on.</summary>
    public int? CurrentVersion { get; init; }

    public bool Succeeded => Status == ContentOperationStatus.Success;

    public static ContentResult Ok(Guid key, int version) => new(ContentOperationStatus.Success, key, version);

    public static ContentResult NotFound(string message = "The document does not exist.") => new(ContentOperationStatus.NotFound, Message: message);

    public static ContentResult Invalid(IReadOnlyList<ContentValidationError> errors) =>
        new(ContentOperationStatus.ValidationFailed, Message: "The document has validation errors.") { Errors = errors };

    public static ContentResult Invalid(string property, string? culture, string message) =>
        Invalid([new ContentValidationError(property, culture, message)]);

    public static ContentResult Stale(Guid key, int basedOn, int current) =>
        new(ContentOperationStatus.Conflict, key, Message: $"The document was changed by someone else: your edit is based on version {basedOn}, the newest is version {current}.")
        {
            CurrentVersion = current,
        };
}
