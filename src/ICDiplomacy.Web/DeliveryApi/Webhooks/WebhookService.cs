using System.Text.Json;
using ICDiplomacy.Web.Cms.Schema;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Webhook subscriptions and their delivery log. The management endpoints that will call this are not built
/// yet; the service is the contract they will use.
/// </summary>
public sealed class WebhookService(CmsDbContext db, ContentSchema schema, TimeProvider clock)
{
    private static readonly HashSet<string> ReservedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Content-Type", "Content-Length", "Transfer-Encoding", "Connection", "User-Agent", WebhookSender.SignatureHeader,
    };

    public async Task<WebhookResult> CreateAsync(WebhookSubscriptionInput input, CancellationToken ct = default)
    {
        var errors = Validate(input);
        if (errors.Count > 0)
        {
            return new WebhookResult(WebhookOperationStatus.ValidationFailed) { Errors = errors };
        }

        var subscription = new WebhookSubscription { Key = Guid.NewGuid(), Name = "", Url = "", Events = "", CreatedUtc = clock.GetUtcNow().UtcDateTime };
        Apply(subscription, input);
        db.WebhookSubscriptions.Add(subscription);
        await db.SaveChangesAsync(ct);
        return new WebhookResult(WebhookOperationStatus.Success, subscription.Key);
    }

    public async Task<WebhookResult> UpdateAsync(Guid key, WebhookSubscriptionInput input, CancellationToken ct = default)
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

        Apply(subscription, input);
        await db.SaveChangesAsync(ct);
        return new WebhookResult(WebhookOperationStatus.Success, key);
    }

    /// <summary>Deletes the subscription and its queued deliveries; its log stays until it ages out.</summary>
    public async Task<bool> DeleteAsync(Guid key, CancellationToken ct = default) =>
        await db.WebhookSubscriptions.Where(s => s.Key == key).ExecuteDeleteAsync(ct) > 0;

    public Task<List<WebhookSubscription>> ListAsync(CancellationToken ct = default) =>
        db.WebhookSubscriptions.AsNoTracking().OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(ct);

    /// <summary>The newest delivery attempts of one subscription.</summary>
    public async Task<List<WebhookLogEntry>> LogAsync(Guid key, int take = 100, CancellationToken ct = default)
    {
        var id = await db.WebhookSubscriptions.Where(s => s.Key == key).Select(s => (long?)s.Id).FirstOrDefaultAsync(ct);
        return id is null
            ? []
            : await db.WebhookLog.AsNoTracking().Where(l => l.SubscriptionId == id).OrderByDescending(l => l.AttemptUtc).ThenByDescending(l => l.Id).Take(Math.Clamp(take, 1, 1000)).ToListAsync(ct);
    }

    private Dictionary<string, string> Validate(WebhookSubscriptionInput input)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(input.Name) || input.Name.Length > 200)
        {
            errors["name"] = "Give the webhook a name of at most 200 characters.";
        }

        if (input.Url.Length > 2000 || !Uri.TryCreate(input.Url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http") || !string.IsNullOrEmpty(uri.UserInfo))
        {
            errors["url"] = "The URL must be an absolute http(s) address without credentials.";
        }

        if (input.Events.Count == 0 || input.Events.Any(e => !WebhookEvents.All.Contains(e)))
        {
            errors["events"] = $"Name at least one event among: {string.Join(", ", WebhookEvents.All.Order(StringComparer.Ordinal))}.";
        }

        if (input.ContentTypes?.FirstOrDefault(t => schema.Find(t) is not { IsElement: false }) is { } unknownType)
        {
            errors["contentTypes"] = $"'{unknownType}' is not a document type.";
        }

        foreach (var (name, value) in input.Headers ?? new Dictionary<string, string>())
        {
            if (ReservedHeaders.Contains(name) || name.StartsWith("umb-webhook-", StringComparison.OrdinalIgnoreCase)
                || name.Length is 0 or > 100 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')
                || value.Length > 2000 || value.Any(char.IsControl))
            {
                errors["headers"] = $"The header '{name}' is reserved or malformed.";
            }
        }

        if (input.Secret is { Length: > 0 and < 16 } or { Length: > 500 })
        {
            errors["secret"] = "A signing secret must be 16 to 500 characters long.";
        }

        return errors;
    }

    private static void Apply(WebhookSubscription subscription, WebhookSubscriptionInput input)
    {
        subscription.Name = input.Name.Trim();
        subscription.Url = input.Url;
        subscription.Events = string.Join(',', input.Events.Distinct(StringComparer.Ordinal));
        subscription.ContentTypes = string.Join(',', (input.ContentTypes ?? []).Distinct(StringComparer.Ordinal));
        subscription.Headers = JsonSerializer.Serialize(input.Headers ?? new Dictionary<string, string>());
        subscription.Enabled = input.Enabled;
        subscription.Secret = string.IsNullOrEmpty(input.Secret) ? null : input.Secret;
    }
}
