using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>Checks the <c>Api-Key</c> header against <see cref="DeliveryApiOptions.ApiKey"/> in constant time.</summary>
public sealed class ApiKeyValidator
{
    private readonly byte[]? _expectedHash;

    public ApiKeyValidator(IOptions<DeliveryApiOptions> options)
    {
        var key = options.Value.ApiKey;
        _expectedHash = string.IsNullOrEmpty(key) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    public ApiKeyState Check(string? presented)
    {
        if (presented is null)
        {
            return ApiKeyState.None;
        }

        if (_expectedHash is null || presented.Length == 0 || presented.Length > 1024)
        {
            return ApiKeyState.Invalid;
        }

        // Comparing fixed-length digests hides both the content and the length of the configured key.
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        return CryptographicOperations.FixedTimeEquals(hash, _expectedHash) ? ApiKeyState.Valid : ApiKeyState.Invalid;
    }
}
