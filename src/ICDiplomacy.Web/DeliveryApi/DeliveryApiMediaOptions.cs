namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>Media Delivery API settings (section <c>DeliveryApi:Media</c>), as Umbraco has them.</summary>
public sealed class DeliveryApiMediaOptions
{
    /// <summary>Serve the media endpoints (Umbraco's default: off). While off, every media route answers 401.</summary>
    public bool Enabled { get; set; }

    /// <summary>Media is public only when this and <see cref="DeliveryApiOptions.PublicAccess"/> are both true; otherwise the key is needed.</summary>
    public bool PublicAccess { get; set; } = true;
}
