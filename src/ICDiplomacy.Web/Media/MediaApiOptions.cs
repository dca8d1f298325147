namespace ICDiplomacy.Web.Media;

/// <summary><c>DeliveryApi:Media</c>, as Umbraco has it.</summary>
public sealed class MediaApiOptions
{
    /// <summary>The Media Delivery API is off unless enabled, even when the content API is on (401 while off).</summary>
    public bool Enabled { get; set; }

    /// <summary>Media is public only when both this and <c>DeliveryApi:PublicAccess</c> are true; otherwise an Api-Key is needed.</summary>
    public bool PublicAccess { get; set; } = true;
}
