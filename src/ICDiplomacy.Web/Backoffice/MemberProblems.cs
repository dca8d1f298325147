using ICDiplomacy.Web.Cms.Members;

namespace ICDiplomacy.Web.Backoffice;

/// <summary>Turns member, member group and public access statuses into HTTP answers (RFC 9457 problem details).</summary>
internal static class MemberProblems
{
    public static IResult ToHttp(MemberResult result, Func<MemberResult, IResult> success) =>
        result.Status switch
        {
            MemberOperationStatus.Success => success(result),
            MemberOperationStatus.NotFound => TypedResults.Problem(title: "Not found", detail: result.Message, statusCode: StatusCodes.Status404NotFound),
            MemberOperationStatus.ValidationFailed => TypedResults.ValidationProblem(
                result.Errors.ToDictionary(e => e.Key, e => e.Value), detail: result.Message, title: "The request has validation errors."),
            MemberOperationStatus.AlreadyExists => TypedResults.Problem(title: "Already exists", detail: result.Message, statusCode: StatusCodes.Status409Conflict),
            _ => TypedResults.Problem(title: "The operation failed", detail: result.Message, statusCode: StatusCodes.Status400BadRequest),
        };
}
