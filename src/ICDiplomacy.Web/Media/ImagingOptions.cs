using System.ComponentModel.DataAnnotations;

namespace ICDiplomacy.Web.Media;

/// <summary>Image processing on <c>/media/...</c> URLs (section <c>Imaging</c>, Umbraco's key names).</summary>
public sealed class ImagingOptions : IValidatableObject
{
    public const string SectionName = "Imaging";

    /// <summary>Smallest HMAC key accepted, in bytes (Umbraco recommends 64 random bytes).</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// Base64 key for HMAC-SHA256 signed image URLs. When set, every image request carrying processing
    /// commands needs a matching <c>hmac</c> (else 400) and only URLs built by <see cref="ImageUrlBuilder"/>
    /// are honoured. When empty, any visitor may request any resize within <see cref="Resize"/>'s caps.
    /// </summary>
    public string HMACSecretKey { get; set; } = "";

    public ImagingResizeOptions Resize { get; set; } = new();

    public ImagingCacheOptions Cache { get; set; } = new();

    /// <summary>The decoded HMAC key, or null when signing is off.</summary>
    public byte[]? HmacKey => string.IsNullOrWhiteSpace(HMACSecretKey) ? null : Convert.FromBase64String(HMACSecretKey);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(HMACSecretKey))
        {
            yield break;
        }

        var key = new byte[HMACSecretKey.Length];
        if (!Convert.TryFromBase64String(HMACSecretKey, key, out var length))
        {
            yield return new ValidationResult("Imaging:HMACSecretKey must be base64.", [nameof(HMACSecretKey)]);
        }
        else if (length < MinimumKeyBytes)
        {
            yield return new ValidationResult($"Imaging:HMACSecretKey must hold at least {MinimumKeyBytes} bytes (64 random bytes recommended).", [nameof(HMACSecretKey)]);
        }
    }
}
