using System.Text.RegularExpressions;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Members;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Members;
using Microsoft.Extensions.Primitives;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>What the Delivery API headers of one request ask for.</summary>
public sealed partial record DeliveryRequest(string Culture, bool Preview, ApiKeyState KeyState, string? StartItem)
{
    public const string AcceptLanguageHeader = "Accept-Language";
    public const string ApiKeyHeader = "Api-Key";
    public const string PreviewHeader = "Preview";
    public const string StartItemHeader = "Start-Item";

    private const string ItemKey = "DeliveryApi.Request";
    private const string MemberKey = "DeliveryApi.MemberChecked";

    public bool HasValidKey => KeyState == ApiKeyState.Valid;

    /// <summary>The member signed in with a valid bearer token (member authorization on), or null.</summary>
    public MemberIdentity? Member { get; init; }

    /// <summary>
    /// Minimal API binding: the request's Delivery API headers, read once per request, and the signed-in member.
    /// A member bearer token only counts while member authorization is on; an invalid one leaves the caller anonymous.
    /// </summary>
    public static async ValueTask<DeliveryRequest?> BindAsync(HttpContext context)
    {
        var request = Of(context);
        if (context.Items.ContainsKey(MemberKey))
        {
            return request;
        }

        context.Items[MemberKey] = true;
        var services = context.RequestServices;
        var tokens = services.GetRequiredService<MemberTokenService>();
        if (tokens.Enabled && MemberAuthEndpoints.BearerToken(context) is { } bearer
            && await tokens.ValidateAccessTokenAsync(bearer, services.GetRequiredService<CmsDbContext>(), services.GetRequiredService<MemberService>(), context.RequestAborted) is { } member)
        {
            request = request with { Member = member };
            context.Items[ItemKey] = request;
        }

        return request;
    }

    public static DeliveryRequest Of(HttpContext context)
    {
        if (context.Items[ItemKey] is DeliveryRequest cached)
        {
            return cached;
        }

        var services = context.RequestServices;
        var request = From(context.Request, services.GetRequiredService<CultureSettings>(), services.GetRequiredService<ApiKeyValidator>());
        context.Items[ItemKey] = request;
        return request;
    }

    public static DeliveryRequest From(HttpRequest request, CultureSettings cultures, ApiKeyValidator keys)
    {
        var headers = request.Headers;
        // Umbraco takes Accept-Language only when the whole value is one tag ("en-US"); a list
        // ("en-GB,en;q=0.9") counts as absent. An unconfigured culture falls back to the default.
        var language = Single(headers[AcceptLanguageHeader]);
        var culture = language is { Length: <= 35 } && LanguagePattern().IsMatch(language) ? cultures.Normalize(language) : null;

        var preview = string.Equals(Single(headers[PreviewHeader]), "true", StringComparison.OrdinalIgnoreCase);
        var keyState = keys.Check(headers.TryGetValue(ApiKeyHeader, out var key) ? key.ToString() : null);
        var startItem = Single(headers[StartItemHeader])?.Trim().Trim('/');
        return new DeliveryRequest(culture ?? cultures.Default, preview, keyState, string.IsNullOrEmpty(startItem) ? null : startItem);
    }

    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;

    [GeneratedRegex(@"^[\w-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
