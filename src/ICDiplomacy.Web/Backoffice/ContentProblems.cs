using ICDiplomacy.Web.Cms.Documents;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>The one place that turns content operation statuses into HTTP answers (RFC 9457 problem details).</summary>
internal static class ContentProblems
{
    public static IResult ToHttp(ContentResult result, Func<ContentResult, IResult> success)
    {
        if (result.Succeeded)
        {
            return success(result);
        }

        return result.Status switch
        {
            ContentOperationStatus.NotFound => TypedResults.Problem(title: "Not found", detail: result.Message, statusCode: StatusCodes.Status404NotFound),
            ContentOperationStatus.ValidationFailed => TypedResults.ValidationProblem(FieldErrors(result), detail: result.Message, title: "The document has validation errors."),
            ContentOperationStatus.Blocked => TypedResults.ValidationProblem(FieldErrors(result), detail: result.Message, title: "Publishing is blocked."),
            ContentOperationStatus.Conflict => TypedResults.Problem(
                title: "The document was changed by someone else",
                detail: result.Message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["currentVersion"] = result.CurrentVersion }),
            ContentOperationStatus.ParentNotFound => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["parent"] = [result.Message ?? "The parent does not exist."] }, title: "The parent does not exist."),
            ContentOperationStatus.InRecycleBin or ContentOperationStatus.NotInRecycleBin or ContentOperationStatus.ParentNotPublished =>
                TypedResults.Problem(title: "Not possible in the document's current state", detail: result.Message, statusCode: StatusCodes.Status409Conflict),
            ContentOperationStatus.NotAllowed => TypedResults.Problem(title: "Not allowed", detail: result.Message, statusCode: StatusCodes.Status403Forbidden),
            _ => TypedResults.Problem(title: "The operation failed", detail: result.Message, statusCode: StatusCodes.Status400BadRequest),
        };
    }

    /// <summary>Errors keyed by property, with ".culture" for culture-specific ones ("summary.fr", "name.en", "parent").</summary>
    public static Dictionary<string, string[]> FieldErrors(ContentResult result) =>
        result.Errors
            .GroupBy(e => e.Culture is null or VersionData.Invariant ? e.Property : $"{e.Property}.{e.Culture}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
}
