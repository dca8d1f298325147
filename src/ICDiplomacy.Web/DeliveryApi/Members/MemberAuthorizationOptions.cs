using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.DeliveryApi.Members;

/// <summary>
/// Member authorization for the Delivery API (<c>DeliveryApi:MemberAuthorization</c>, part of
/// <see cref="DeliveryApiOptions"/>), mirroring Umbraco's <c>Umbraco:CMS:DeliveryApi:MemberAuthorization</c>.
/// </summary>
public sealed class MemberAuthorizationOptions : IValidatableObject
{
    /// <summary>The OAuth 2.0 authorization code flow with PKCE for members (client id <c>umbraco-member</c>).</summary>
    public AuthorizationCodeFlowOptions AuthorizationCodeFlow { get; set; } = new();

    /// <summary>How long an access token is valid (Umbraco: one hour). Saving or deleting the member ends it sooner.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AccessTokenLifetime <= TimeSpan.Zero || AccessTokenLifetime > TimeSpan.FromDays(1))
        {
            yield return new ValidationResult("DeliveryApi:MemberAuthorization:AccessTokenLifetime must be positive and at most one day.", [nameof(AccessTokenLifetime)]);
        }

        var flow = AuthorizationCodeFlow;
        if (flow.Enabled && flow.LoginRedirectUrls.Length == 0)
        {
            yield return new ValidationResult("DeliveryApi:MemberAuthorization:AuthorizationCodeFlow:LoginRedirectUrls needs at least one URL when the flow is enabled.", [nameof(AuthorizationCodeFlow)]);
        }

        foreach (var url in flow.LoginRedirectUrls.Concat(flow.LogoutRedirectUrls))
        {
            // Umbraco: absolute URLs, no wildcards; a fragment could not carry the code back anyway.
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || uri.Fragment.Length > 0 || url.Contains('*', StringComparison.Ordinal))
            {
                yield return new ValidationResult($"DeliveryApi:MemberAuthorization redirect URL '{url}' must be an absolute http(s) URL without wildcards or fragment.", [nameof(AuthorizationCodeFlow)]);
            }
        }
    }
}

/// <summary>Umbraco's <c>AuthorizationCodeFlow</c> settings.</summary>
public sealed class AuthorizationCodeFlowOptions
{
    /// <summary>Offer member sign-in at <c>/umbraco/delivery/api/v1/security/member/authorize</c>.</summary>
    public bool Enabled { get; set; }

    /// <summary>Where the sign-in may send the code back: exact, absolute URLs (the <c>redirect_uri</c> allow-list).</summary>
    public string[] LoginRedirectUrls { get; set; } = [];

    /// <summary>Where sign-out may send the browser (the <c>post_logout_redirect_uri</c> allow-list).</summary>
    public string[] LogoutRedirectUrls { get; set; } = [];
}
