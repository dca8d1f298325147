namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>A webhook: where to POST which events (Umbraco's <c>umbracoWebhook</c>).</summary>
public sealed class WebhookSubscription
{
    public long Id { get; set; }
    public Guid Key { get; set; }
    public required string Name { get; set; }
    public required string Url { get; set; }

    /// <summary>Event aliases, comma-joined (<see cref="WebhookEvents"/>).</summary>
    public required string Events { get; set; }

    /// <summary>Content type aliases, comma-joined; empty for every type.</summary>
    public string ContentTypes { get; set; } = "";

    /// <summary>Extra request headers as a JSON object.</summary>
    public string Headers { get; set; } = "{}";

    public bool Enabled { get; set; } = true;

    /// <summary>Key for the HMAC-SHA256 body signature; null sends no signature.</summary>
    public string? Secret { get; set; }

    public DateTime CreatedUtc { get; set; }
}
