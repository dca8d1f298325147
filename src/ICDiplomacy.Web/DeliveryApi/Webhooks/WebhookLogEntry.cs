namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>One delivery attempt (Umbraco's <c>umbracoWebhookLog</c>).</summary>
public sealed class WebhookLogEntry
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }
    public long DeliveryId { get; set; }
    public required string Event { get; set; }
    public Guid EntityKey { get; set; }
    public required string Url { get; set; }
    public int RetryCount { get; set; }
    public int? StatusCode { get; set; }
    public bool Succeeded { get; set; }

    /// <summary>True when this was the last attempt and the delivery was dropped.</summary>
    public bool GaveUp { get; set; }

    public required string RequestBody { get; set; }
    public string? ResponseBody { get; set; }
    public string? Error { get; set; }
    public DateTime AttemptUtc { get; set; }
}
