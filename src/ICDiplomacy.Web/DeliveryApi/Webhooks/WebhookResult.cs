namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>The outcome of a subscription change: the key, or errors by field, or why it is not possible now.</summary>
public sealed record WebhookResult(WebhookOperationStatus Status, Guid? Key = null)
{
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public string? Message { get; init; }
}
