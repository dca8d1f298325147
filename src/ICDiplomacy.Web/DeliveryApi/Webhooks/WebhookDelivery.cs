namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>A queued request (Umbraco's <c>umbracoWebhookRequest</c>): removed when delivered or given up.</summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }
    public long SubscriptionId { get; set; }

    /// <summary>The outbox message it came from; unique per subscription, so a replayed message queues nothing twice.</summary>
    public long OutboxMessageId { get; set; }

    public required string Event { get; set; }
    public Guid EntityKey { get; set; }
    public required string Payload { get; set; }
    public int RetryCount { get; set; }
    public DateTime NextAttemptUtc { get; set; }
    public DateTime CreatedUtc { get; set; }
}
