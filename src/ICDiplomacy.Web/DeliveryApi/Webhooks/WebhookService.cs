using System.Text.Json;
using ICDiplomacy.Web.Cms.Audit;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Webhook subscriptions, their delivery log and manual retries, as Umbraco's Webhooks settings section
/// offers them. Every change is audited with the actor; URLs are checked against <see cref="WebhookTargetGuard"/>.
/// </summary>
public sealed class WebhookService(CmsDbContext db, ContentSchema schema, IOptions<WebhookOptions> options, WebhookSender sender, TimeProvider clock)
{
    public const int MaxHeaders = 20;

    /// <summary>The stored JSON of the custom headers must fit its column.</summary>
    private const int MaxHeadersJsonLength = 8000;

    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "User-Agent", WebhookSender.SignatureHeader,
    };

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<WebhookResult> CreateAsync(WebhookSubscriptionInput input, string actor, CancellationToken ct = default)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new WebhookResult(WebhookOperationStatus.ValidationFailed) { Errors = errors };
        }

        var subscription = new WebhookSubscription { Key = Guid.NewGuid(), Name = "", Url = "", Events = "", CreatedUtc = Now };
        Apply(subscription, input, keepSecretWhenNull: false);
        db.WebhookSubscriptions.Add(subscription);
        Audit(actor, "create", subscription);
        await db.SaveChangesAsync(ct);
        return new WebhookResult(WebhookOperationStatus.Success, subscription.Key);
    }

    /// <summary>Replaces the subscription's settings; a null <see cref="WebhookSubscriptionInput.Secret"/> keeps the current secret, "" removes it.</summary>
    public async Task<WebhookResult> UpdateAsync(Guid key, WebhookSubscriptionInput input, string actor, CancellationToken ct = default)
    {
        var subscription = await db.WebhookSubscriptions.FirstOrDefaultAsync(s => s.Key == key, ct);
        if (subscription is null)
        {
            return new WebhookResult(WebhookOperationStatus.NotFound);
        }

        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new WebhookResult(WebhookOperationStatus.ValidationFailed, key) { Errors = errors };
        }

        Apply(subscription, input, keepSecretWhenNull: true);
        Audit(actor, "update", subscription);
        await db.SaveChangesAsync(ct);
        return new WebhookResult(WebhookOperationStatus.Success, key);
    }

    /// <summary>Deletes the subscription and its queued deliveries; its log stays until it ages out.</summary>
    public async Task<bool> DeleteAsync(Guid key, string actor, CancellationToken ct = default)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);
        if (subscription is null)
        {
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Audit(actor, "delete", subscription);
        await db.SaveChangesAsync(ct);
        var deleted = await db.WebhookSubscriptions.Where(s => s.Id == subscription.Id).ExecuteDeleteAsync(ct) > 0;
        await tx.CommitAsync(ct);
        return deleted;
    }

    public Task<WebhookSubscription?> GetAsync(Guid key, CancellationToken ct = default) =>
        db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);

    public Task<List<WebhookSubscription>> ListAsync(CancellationToken ct = default) =>
        db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>One page of subscriptions by name, with the total.</summary>
    public async Task<(long Total, List<WebhookSubscription> Items)> PageAsync(int skip, int take, CancellationToken ct = default)
    {
        var total = await db.WebhookSubscriptions.LongCountAsync(ct);
        var items = await db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (total, items);
    }

    /// <summary>The newest delivery attempts of one subscription.</summary>
    public async Task<List<WebhookLogEntry>> LogAsync(Guid key, int take = 100, CancellationToken ct = default) =>
        (await LogPageAsync(key, 0, Math.Clamp(take, 1, 1000), ct))?.Items ?? [];

    /// <summary>One page of a subscription's delivery attempts, newest first; null when the subscription does not exist.</summary>
    public async Task<(long Total, List<WebhookLogEntry> Items)?> LogPageAsync(Guid key, int skip, int take, CancellationToken ct = default)
    {
        var id = await db.WebhookSubscriptions.Where(s => s.Key == key).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
        if (id is null)
        {
            return null;
        }

        var log = db.WebhookLog.AsNoTracking().Where(l => l.SubscriptionId == id);
        var total = await log.LongCountAsync(ct);
        var items = await log.OrderByDescending(l => l.AttemptUtc).ThenByDescending(l => l.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (total, items);
    }

    /// <summary>
    /// "Retry now" for the delivery a failed log entry belongs to: still queued (waiting for its next retry)
    /// → due now; given up → queued again with the logged payload and a fresh retry count. A delivery that
    /// succeeded later, or a disabled webhook, is refused. The sender is woken so the attempt is immediate.
    /// </summary>
    public async Task<WebhookResult> RetryAsync(Guid key, long logId, string actor, CancellationToken ct = default)
    {
        var subscription = await db.WebhookSubscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Key == key, ct);
        var entry = subscription is null ? null : await db.WebhookLog.AsNoTracking().FirstOrDefaultAsync(l => l.Id == logId && l.SubscriptionId == subscription.Id, ct);
        if (subscription is null || entry is null)
        {
            return new WebhookResult(WebhookOperationStatus.NotFound) { Message = "The webhook or the log entry does not exist." };
        }

        if (!subscription.Enabled)
        {
            return new WebhookResult(WebhookOperationStatus.Conflict, key) { Message = "The webhook is disabled; enable it before retrying." };
        }

        if (entry.Succeeded || await db.WebhookLog.AnyAsync(l => l.DeliveryId == entry.DeliveryId && l.SubscriptionId == subscription.Id && l.Succeeded, ct))
        {
            return new WebhookResult(WebhookOperationStatus.Conflict, key) { Message = "This delivery succeeded; there is nothing to retry." };
        }

        var now = Now;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var pending = await db.WebhookDeliveries.Where(d => d.Id == entry.DeliveryId).ExecuteUpdateAsync(s => s.SetProperty(d => d.NextAttemptUtc, now), ct) > 0;
        if (!pending)
        {
            // A given-up delivery was removed from the queue; its log entry has everything needed to send it again.
            // The negative id marks a manual retry and keeps (subscription, message) unique: one retry of an entry at a time.
            var alreadyQueued = await db.WebhookDeliveries.AnyAsync(d => d.SubscriptionId == subscription.Id && d.OutboxMessageId == -entry.Id, ct);
            if (alreadyQueued)
            {
                return new WebhookResult(WebhookOperationStatus.Conflict, key) { Message = "A retry of this delivery is already queued." };
            }

            db.WebhookDeliveries.Add(new WebhookDelivery
            {
                SubscriptionId = subscription.Id,
                OutboxMessageId = -entry.Id,
                Event = entry.Event,
                EntityKey = entry.EntityKey,
                Payload = entry.RequestBody,
                NextAttemptUtc = now,
                CreatedUtc = now,
            });
        }

        db.Audit.Add(new AuditEntry { Utc = now, Actor = actor, Action = "webhook.retry", EntityKey = subscription.Key, Details = $"log {entry.Id}" });
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        sender.Wake();
        return new WebhookResult(WebhookOperationStatus.Success, key);
    }

    private Dictionary<string, string> Validate(WebhookSubscriptionInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200 || input.Name.Any(char.IsControl))
        {
            errors["name"] = "Give the webhook a name of at most 200 characters, without control characters.";
        }

        if (input.Url.Length > 2000 || !Uri.TryCreate(input.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors["url"] = "The URL must be an absolute http(s) address without credentials.";
        }
        else if (WebhookTargetGuard.CheckUrl(uri, options.Value.AllowPrivateNetworkTargets) is { } refused)
        {
            errors["url"] = refused;
        }

        if (input.Events.Count == 0 || input.Events.Any(e => e is null || !WebhookEvents.All.Contains(e)))
        {
            errors["events"] = $"Name at least one event among: {string.Join(", ", WebhookEvents.All.Order(StringComparer.Ordinal))}.";
        }

        // The filter names document types for content events and media types for media events (Umbraco's rule).
        foreach (var type in input.ContentTypes ?? [])
        {
            if (type is null || (schema.Find(type) is not { IsElement: false } && !MediaTypes.IsKnown(type)))
            {
                errors["contentTypes"] = $"'{type}' is not a document type or media type.";
                break;
            }
        }

        var headers = input.Headers ?? new Dictionary<string, string>();
        if (headers.Count > MaxHeaders)
        {
            errors["headers"] = $"At most {MaxHeaders} custom headers.";
        }

        foreach (var (name, value) in headers)
        {
            if (ReservedHeaders.Contains(name) || name.StartsWith("umb-webhook-", StringComparison.OrdinalIgnoreCase)
                || name.Length is 0 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                || value is null || value.Length > 2000 || value.Any(char.IsControl))
            {
                errors["headers"] = $"The header '{name}' is reserved or malformed.";
            }
        }

        if (!errors.ContainsKey("headers") && JsonSerializer.Serialize(headers).Length > MaxHeadersJsonLength)
        {
            errors["headers"] = "The custom headers are too long together.";
        }

        if (input.Secret is { Length: > 0 and < 16 } or { Length: > 500 })
        {
            errors["secret"] = "A signing secret must be 16 to 500 characters long.";
        }

        return errors;
    }

    private static void Apply(WebhookSubscription subscription, WebhookSubscriptionInput input, bool keepSecretWhenNull)
    {
        subscription.Name = input.Name.Trim();
        subscription.Url = input.Url;
        subscription.Events = string.Join(',', input.Events.Distinct(StringComparer.Ordinal));
        subscription.ContentTypes = string.Join(',', (input.ContentTypes ?? []).Distinct(StringComparer.Ordinal));
        subscription.Headers = JsonSerializer.Serialize(input.Headers ?? new Dictionary<string, string>());
        subscription.Enabled = input.Enabled;
        if (input.Secret is not null || !keepSecretWhenNull)
        {
            subscription.Secret = string.IsNullOrEmpty(input.Secret) ? null : input.Secret;
        }
    }

    // Only the host: a receiver URL's path or query often is a credential (chat and CI hooks).
    private void Audit(string actor, string action, WebhookSubscription subscription) =>
        db.Audit.Add(new AuditEntry
        {
            Utc = Now,
            Actor = actor,
            Action = "webhook." + action,
            EntityKey = subscription.Key,
            Details = Uri.TryCreate(subscription.Url, UriKind.Absolute, out var uri) ? uri.Host : null,
        });
}
