using ICDiplomacy.Web.Media;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>The one place that turns media operation statuses into HTTP answers (RFC 9457 problem details naming the field).</summary>
internal static class MediaProblems
{
    public static IResult ToHttp(MediaResult result, Func<MediaResult, IResult> success, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        if (result.Succeeded)
        {
            return success(result);
        }

        var field = result.Field is { } f ? fieldNames?.GetValueOrDefault(f) ?? f : "id";
        var message = result.Message ?? "The request was refused.";
        var errors = new Dictionary<string, string[]> { [field] = [message] };
        return result.Status switch
        {
            MediaOperationStatus.Invalid => TypedResults.ValidationProblem(errors, detail: message, title: "The media request was refused."),
            MediaOperationStatus.NotFound => TypedResults.Problem(title: "Not found", detail: message, statusCode: StatusCodes.Status404NotFound),
            MediaOperationStatus.Conflict => TypedResults.Problem(
                title: "Conflict with the media item's current state",
                detail: message,
                statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["errors"] = errors, ["currentVersion"] = result.Item?.Version }),
            _ => Problem(result.Status, message, errors),
        };
    }

    private static IResult Problem(MediaOperationStatus status, string message, Dictionary<string, string[]> errors)
    {
        var (code, title) = status switch
        {
            MediaOperationStatus.TooLarge => (StatusCodes.Status413PayloadTooLarge, "Upload too large"),
            MediaOperationStatus.UnsupportedMediaType => (StatusCodes.Status415UnsupportedMediaType, "Unsupported file type"),
            MediaOperationStatus.Busy => (StatusCodes.Status503ServiceUnavailable, "Image service busy"),
            MediaOperationStatus.StorageFailed => (StatusCodes.Status507InsufficientStorage, "Storage failed"),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected outcome"),
        };
        return TypedResults.Problem(detail: message, statusCode: code, title: title, extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }
}
