using System.Text.Json.Serialization;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace ICDiplomacy.Web.DeliveryApi.Members;

/// <summary>
/// Umbraco's member token and sign-out endpoints (the sign-in page is <c>Pages/Members/Authorize</c>). All of them
/// answer 404 while <c>DeliveryApi:MemberAuthorization:AuthorizationCodeFlow:Enabled</c> is off.
/// </summary>
public static class MemberAuthEndpoints
{
    public const string BasePath = "/umbraco/delivery/api/v1/security/member";

    public static IEndpointRouteBuilder MapMemberAuthEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("Member authorization").RequireCors(DeliveryApiModule.CorsPolicy);
        group.MapPost("/token", TokenAsync).DisableAntiforgery().RequireRateLimiting(DeliveryApiModule.MemberSignInRateLimit);
        group.MapGet("/signout", SignOutAsync);
        return app;
    }

    private static async Task<Results<Ok<MemberTokenResponse>, JsonHttpResult<OAuthError>, NotFound>> TokenAsync(
        HttpContext http, MemberTokenService tokens, CmsDbContext db, MemberService members, CancellationToken ct)
    {
        if (!tokens.Enabled)
        {
            return TypedResults.NotFound();
        }

        // RFC 6749 §5.1: token answers, good or bad, are never cached.
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        if (!http.Request.HasFormContentType)
        {
            return Error("invalid_request", "Send an application/x-www-form-urlencoded body.");
        }

        var form = await http.Request.ReadFormAsync(ct);
        if (form["grant_type"] != "authorization_code")
        {
            return Error("unsupported_grant_type", "Only grant_type=authorization_code is supported.");
        }

        if (form["client_id"] != MemberTokenService.ClientId)
        {
            return Error("invalid_client", "Unknown client_id.", StatusCodes.Status401Unauthorized);
        }

        var (token, scope, error) = await tokens.ExchangeCodeAsync(form["code"], form["redirect_uri"], form["code_verifier"], db, members, ct);
        if (token is null)
        {
            return Error("invalid_grant", error!);
        }

        return TypedResults.Ok(new MemberTokenResponse(token, "Bearer", (int)tokens.AccessTokenLifetime.TotalSeconds, string.IsNullOrEmpty(scope) ? null : scope));
    }

    /// <summary>
    /// Ends the member's tokens when the request carries one (no sign-in cookie is kept, so there is no browser session
    /// to end), then sends the browser to an allow-listed address.
    /// </summary>
    private static async Task<Results<RedirectHttpResult, ProblemHttpResult, NotFound>> SignOutAsync(
        HttpContext http, MemberTokenService tokens, CmsDbContext db, MemberService members,
        [Microsoft.AspNetCore.Mvc.FromQuery(Name = "post_logout_redirect_uri")] string? postLogoutRedirectUri,
        string? state,
        CancellationToken ct)
    {
        if (!tokens.Enabled)
        {
            return TypedResults.NotFound();
        }

        if (!tokens.IsAllowedLogoutRedirect(postLogoutRedirectUri))
        {
            return TypedResults.Problem(title: "invalid_request", detail: "post_logout_redirect_uri is not one of the configured LogoutRedirectUrls.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (BearerToken(http) is { } bearer && await tokens.ValidateAccessTokenAsync(bearer, db, members, ct) is { } member)
        {
            await members.RevokeSessionsAsync(member.MemberKey, "signed out", ct);
        }

        var target = string.IsNullOrEmpty(state) ? postLogoutRedirectUri! : QueryHelpers.AddQueryString(postLogoutRedirectUri!, "state", state);
        return TypedResults.Redirect(target);
    }

    /// <summary>The token of an <c>Authorization: Bearer …</c> header, if there is exactly one.</summary>
    public static string? BearerToken(HttpContext http) =>
        http.Request.Headers.Authorization is [{ } value] && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;

    private static JsonHttpResult<OAuthError> Error(string error, string description, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Json(new OAuthError(error, description), statusCode: status);
}

public sealed record MemberTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Scope);

/// <summary>RFC 6749 §5.2 error body.</summary>
public sealed record OAuthError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string ErrorDescription);
