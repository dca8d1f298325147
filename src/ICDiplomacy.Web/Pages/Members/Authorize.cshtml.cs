using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.DeliveryApi;
using ICDiplomacy.Web.DeliveryApi.Members;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace ICDiplomacy.Web.Pages.Members;

/// <summary>
/// The member sign-in page of the OAuth 2.0 authorization code flow with PKCE (Umbraco's member authorize
/// endpoint). The request is checked again on every post; the browser is only ever sent to an allow-listed
/// redirect URI, and an unknown client or redirect URI gets an error page instead of a redirect (RFC 6749 §4.1.2.1).
/// </summary>
[EnableRateLimiting(DeliveryApiModule.MemberSignInRateLimit)]
public sealed class AuthorizeModel(MemberTokenService tokens, MemberService members) : PageModel
{
    private static readonly string[] AllowedScopes = ["openid", "offline_access"];

    [BindProperty(Name = "response_type", SupportsGet = true)]
    public string? ResponseType { get; set; }

    [BindProperty(Name = "client_id", SupportsGet = true)]
    public string? ClientId { get; set; }

    [BindProperty(Name = "redirect_uri", SupportsGet = true)]
    public string? RedirectUri { get; set; }

    [BindProperty(Name = "code_challenge", SupportsGet = true)]
    public string? CodeChallenge { get; set; }

    [BindProperty(Name = "code_challenge_method", SupportsGet = true)]
    public string? CodeChallengeMethod { get; set; }

    [BindProperty(Name = "scope", SupportsGet = true)]
    public string? Scope { get; set; }

    [BindProperty(Name = "state", SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(Name = "username")]
    public string? UserName { get; set; }

    [BindProperty(Name = "password")]
    public string? Password { get; set; }

    /// <summary>Set when the request cannot be answered by a redirect (unknown client or redirect URI).</summary>
    public string? Error { get; private set; }

    public IActionResult OnGet() => Check() ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Check() is { } refused)
        {
            return refused;
        }

        var result = await members.CheckPasswordAsync(UserName ?? "", Password ?? "", ct);
        Password = null;
        if (!result.Succeeded)
        {
            // One message for every failure, so the page does not tell which accounts exist or are locked.
            ModelState.AddModelError("", "The user name or password is not correct, or this account cannot sign in right now.");
            return Page();
        }

        var code = tokens.IssueCode(result.Member!, RedirectUri!, CodeChallenge!, Scope ?? "");
        return Redirect(Back(new Dictionary<string, string?> { ["code"] = code }));
    }

    private IActionResult? Check()
    {
        if (!tokens.Enabled)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "no-store";
        Response.Headers.XFrameOptions = "DENY";
        Response.Headers.ContentSecurityPolicy = "frame-ancestors 'none'";
        if (!string.Equals(ClientId, MemberTokenService.ClientId, StringComparison.Ordinal) || !tokens.IsAllowedLoginRedirect(RedirectUri))
        {
            Error = "This sign-in link is not valid: the client or the redirect address is not known.";
            var page = Page();
            page.StatusCode = StatusCodes.Status400BadRequest;
            return page;
        }

        if (!string.Equals(ResponseType, "code", StringComparison.Ordinal))
        {
            return Redirect(Back(Failure("unsupported_response_type", "Only response_type=code is supported.")));
        }

        if (!string.Equals(CodeChallengeMethod, "S256", StringComparison.Ordinal) || !MemberTokenService.IsValidChallenge(CodeChallenge))
        {
            return Redirect(Back(Failure("invalid_request", "PKCE is required: code_challenge with code_challenge_method=S256.")));
        }

        if ((Scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(s => !AllowedScopes.Contains(s, StringComparer.Ordinal)))
        {
            return Redirect(Back(Failure("invalid_scope", "Only the openid and offline_access scopes are supported.")));
        }

        return null;
    }

    private static Dictionary<string, string?> Failure(string error, string description) =>
        new() { ["error"] = error, ["error_description"] = description };

    private string Back(Dictionary<string, string?> parameters)
    {
        if (!string.IsNullOrEmpty(State))
        {
            parameters["state"] = State;
        }

        return QueryHelpers.AddQueryString(RedirectUri!, parameters);
    }
}
