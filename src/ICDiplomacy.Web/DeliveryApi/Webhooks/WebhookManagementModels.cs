namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// A webhook as an administrator submits it. On update a missing <see cref="Secret"/> keeps the current one
/// and "" removes it; <see cref="ContentTypes"/> names document types (content events) or media types (media events).
/// </summary>
public sealed record WebhookRequest(
    string? Name,
    string? Url,
    IReadOnlyList<string>? Events,
    IReadOnlyList<string>? ContentTypes = null,
    IReadOnlyDictionary<string, string>? Headers = null,
    bool? Enabled = null,
    string? Secret = null);

/// <summary>A webhook as the management API shows it; the signing secret is never returned, only whether there is one.</summary>
public sealed record WebhookResponse(
    Guid Id,
    string Name,
    string Url,
    bool Enabled,
    IReadOnlyList<string> Events,
    IReadOnlyList<string> ContentTypes,
    IReadOnlyDictionary<string, string> Headers,
    bool HasSecret,
    DateTime CreateDate);

/// <summary>One delivery attempt; <c>id</c> is what "retry" takes.</summary>
public sealed record WebhookLogResponse(
    long Id,
    string Event,
    Guid EntityKey,
    string Url,
    int RetryCount,
    int? StatusCode,
    bool Succeeded,
    bool GaveUp,
    string RequestBody,
    string? ResponseBody,
    string? Error,
    DateTime AttemptUtc);

public sealed record WebhookEventResponse(string Alias, string EventType);

/// <summary>Umbraco's paged management list.</summary>
public sealed record WebhookPagedResponse<T>(long Total, IReadOnlyList<T> Items);
