namespace ICDiplomacy.Web.DeliveryApi;

/// <summary>CORS settings for the Delivery API (section <c>DeliveryApi:Cors</c>).</summary>
public sealed class DeliveryApiCorsOptions
{
    /// <summary>Origins allowed to call the API from a browser ("https://example.org"); "*" allows any. Empty: no CORS headers.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
