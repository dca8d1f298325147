namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>What an administrator submits to create or change a webhook.</summary>
public sealed record WebhookSubscriptionInput(
    string Name,
    string Url,
    IReadOnlyList<string> Events,
    IReadOnlyList<string>? ContentTypes = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    bool Enabled = true,
    string? Secret = null);
