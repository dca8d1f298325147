using System.ComponentModel.DataAnnotations;
using ICDiplomacy.Web.DeliveryApi.Members;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>
/// Content Delivery API settings (section <c>DeliveryApi</c>), mirroring Umbraco's <c>Umbraco:CMS:DeliveryApi</c>.
/// </summary>
public sealed class DeliveryApiOptions : IValidatableObject
{
    public const string SectionName = "DeliveryApi";

    /// <summary>The largest <c>take</c> the query endpoint accepts; a larger value is a 400 (Umbraco has no cap).</summary>
    public const int MaxTake = 100;

    /// <summary>Serve the Delivery API at all. When false every Delivery API route answers 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Published content is readable without an <c>Api-Key</c>. When false every request needs the key.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>
    /// The shared secret clients send in the <c>Api-Key</c> header for preview and, without public access, for
    /// everything. Empty: no request ever has a valid key (so preview is impossible).
    /// </summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Document type aliases never exposed: by id, by route, in queries, in pickers and expansions.</summary>
    public string[] DisallowedContentTypeAliases { get; set; } = [];

    /// <summary>When not empty, only these document types are exposed; takes precedence over the disallowed list.</summary>
    public string[] AllowedContentTypeAliases { get; set; } = [];

    /// <summary>Rich text as Umbraco's JSON element tree instead of <c>{ markup, blocks }</c>.</summary>
    public bool RichTextOutputAsJson { get; set; }

    /// <summary>Media Delivery API switches (<c>DeliveryApi:Media</c>); the only binding of these keys.</summary>
    public DeliveryApiMediaOptions Media { get; set; } = new();

    /// <summary>In-memory output cache for public (keyless, non-preview) responses.</summary>
    public DeliveryApiOutputCacheOptions OutputCache { get; set; } = new();

    /// <summary>Cross-origin access for browser clients.</summary>
    public DeliveryApiCorsOptions Cors { get; set; } = new();

    /// <summary>Member sign-in for protected content (off by default: protected content is then always 401).</summary>
    public MemberAuthorizationOptions MemberAuthorization { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ApiKey.Length is > 0 and < 16)
        {
            yield return new ValidationResult("DeliveryApi:ApiKey must be at least 16 characters (or empty for no key).", [nameof(ApiKey)]);
        }

        if (OutputCache.ContentDuration <= TimeSpan.Zero || OutputCache.MediaDuration <= TimeSpan.Zero)
        {
            yield return new ValidationResult("DeliveryApi:OutputCache durations must be positive.", [nameof(OutputCache)]);
        }

        if (OutputCache.ClientMaxAge < TimeSpan.Zero)
        {
            yield return new ValidationResult("DeliveryApi:OutputCache:ClientMaxAge must not be negative.", [nameof(OutputCache)]);
        }

        foreach (var origin in Cors.AllowedOrigins)
        {
            if (origin != "*" && (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/"))
            {
                yield return new ValidationResult($"DeliveryApi:Cors:AllowedOrigins entry '{origin}' must be an origin such as https://example.org.", [nameof(Cors)]);
            }
        }

        foreach (var result in MemberAuthorization.Validate(new ValidationContext(MemberAuthorization)))
        {
            yield return result;
        }
    }

    /// <summary>Media answers need no <c>Api-Key</c> only when the API and media are both public (Umbraco's rule).</summary>
    public bool MediaIsPublic() => PublicAccess && Media.PublicAccess;

    /// <summary>True when documents of this type may leave the server through the API.</summary>
    public bool IsAllowed(string contentTypeAlias) =>
        AllowedContentTypeAliases.Length > 0
            ? AllowedContentTypeAliases.Contains(contentTypeAlias, StringComparer.Ordinal)
            : !DisallowedContentTypeAliases.Contains(contentTypeAlias, StringComparer.Ordinal);
}
