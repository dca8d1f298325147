using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.Media;

/// <summary>
/// HMAC-SHA256 tokens for image URLs, as ImageSharp.Web computes them: over the lower-cased relative URL
/// (path + the known commands in request order, <c>hmac</c> excluded), written as lower-case hex.
/// </summary>
public sealed class ImageHmac
{
    private readonly byte[]? _key;

    public ImageHmac(IOptions<ImagingOptions> options) => _key = options.Value.HmacKey;

    public bool Enabled => _key is not null;

    /// <summary>The token for <paramref name="path"/> and <paramref name="commands"/>, or null when signing is off.</summary>
    public string? Sign(string path, IEnumerable<KeyValuePair<string, string>> commands)
    {
        if (_key is null)
        {
            return null;
        }

        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(Payload(path, commands)));
        return Convert.ToHexStringLower(hash);
    }

    public bool Verify(string path, IEnumerable<KeyValuePair<string, string>> commands, string? token)
    {
        if (_key is null)
        {
            return true;
        }

        if (string.IsNullOrEmpty(token) || token.Length != 64)
        {
            return false;
        }

        var expected = Sign(path, commands)!;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(token.ToLowerInvariant()));
    }

    private static string Payload(string path, IEnumerable<KeyValuePair<string, string>> commands) =>
        (path + QueryString.Create(commands.Select(c => new KeyValuePair<string, string?>(c.Key, c.Value)))).ToLowerInvariant();
}
