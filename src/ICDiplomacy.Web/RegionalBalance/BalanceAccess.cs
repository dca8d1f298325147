using System.Security.Cryptography;
using System.Text;
using ICDiplomacy.Web.Backoffice;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authorization;

namespace ICDiplomacy.Web.RegionalBalance;

/// <summary>
/// Who may see a subject's full balance detail: a caller with the Delivery API preview key (<c>Api-Key</c> header
/// equal to <c>DeliveryApi:ApiKey</c>, compared in constant time; an empty setting admits nobody) or a management
/// API bearer token that satisfies <see cref="BackofficeModule.ManagementPolicy"/>. Anyone else gets the aggregate.
/// </summary>
internal static class BalanceAccess
{
    public const string ApiKeyHeader = "Api-Key";
    public const string ApiKeySetting = "DeliveryApi:ApiKey";

    public static async Task<bool> MaySeeDetailAsync(HttpContext http, IConfiguration configuration, IAuthorizationService authorization)
    {
        if (HasPreviewKey(http.Request, configuration[ApiKeySetting]))
        {
            return true;
        }

        if (!http.Request.Headers.Authorization.Any(v => v?.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) == true))
        {
            return false;
        }

        var authentication = await http.AuthenticateAsync(BearerTokenDefaults.AuthenticationScheme);
        return authentication.Succeeded
            && (await authorization.AuthorizeAsync(authentication.Principal, BackofficeModule.ManagementPolicy)).Succeeded;
    }

    private static bool HasPreviewKey(HttpRequest request, string? configured)
    {
        if (string.IsNullOrEmpty(configured) || request.Headers[ApiKeyHeader] is not [{ Length: > 0 } sent])
        {
            return false;
        }

        // Hashing first gives equal lengths, so neither the content nor the length of the key leaks through timing.
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(sent)),
            SHA256.HashData(Encoding.UTF8.GetBytes(configured)));
    }
}
