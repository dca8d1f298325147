namespace ICDiplomacy.Web.Media;

/// <summary>
/// The part of the <c>DeliveryApi</c> section the Media Delivery API reads. The content Delivery API owns
/// the full options class; the keys are the same, so one configuration drives both.
/// </summary>
public sealed class MediaDeliveryOptions
{
    public const string SectionName = "DeliveryApi";

    /// <summary>The Delivery API as a whole (default on, as the content API has it); when false, the media endpoints answer 404.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When false, every request needs the <see cref="ApiKey"/>.</summary>
    public bool PublicAccess { get; set; } = true;

    /// <summary>Shared secret sent in the <c>Api-Key</c> header.</summary>
    public string? ApiKey { get; set; }

    public MediaApiOptions Media { get; set; } = new();
}
