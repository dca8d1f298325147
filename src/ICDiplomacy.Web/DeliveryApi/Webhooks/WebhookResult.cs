namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>The outcome of a subscription change: the key, or errors by field.</summary>
public sealed record WebhookResult(WebhookOperationStatus Status, Guid? Key = null)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();
}
