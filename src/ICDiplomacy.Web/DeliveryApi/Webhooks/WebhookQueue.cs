using System.Text;
using System.Text.Json.Nodes;
using ICDiplomacy.Web.Cms;
using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Cms.PublicAccess;
using ICDiplomacy.Web.Data;
using ICDiplomacy.Web.DeliveryApi.Querying;
using ICDiplomacy.Web.DeliveryApi.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICDiplomacy.Web.DeliveryApi.Webhooks;

/// <summary>
/// Turns committed outbox messages into persisted webhook deliveries. One node's handling is enough (the
/// queue is shared), and the outbox cursor plus a unique (subscription, message) index make replays after a
/// crash queue nothing twice and lose nothing.
/// </summary>
internal sealed class WebhookQueue(IServiceScopeFactory scopes, IOptions<WebhookOptions> options, CultureSettings cultures, TimeProvider clock) : IOutboxSubscriber
{
    public string Name => "webhooks";

    public bool NodeLocal => false;

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var subscriptions = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.Enabled).ToListAsync(cancellationToken);
        if (subscriptions.Count == 0)
        {
            return;
        }

        var ids = messages.Select(m => m.Id).ToList();
        var queued = (await db.WebhookDeliveries.AsNoTracking().Where(d => ids.Contains(d.OutboxMessageId)).Select(d => new { d.SubscriptionId, d.OutboxMessageId }).ToListAsync(cancellationToken))
            .Select(d => (d.SubscriptionId, d.OutboxMessageId))
            .ToHashSet();

        var store = scope.ServiceProvider.GetRequiredService<DeliveryContentStore>();
        var renderer = scope.ServiceProvider.GetRequiredService<ContentRenderer>();
        // Umbraco's legacy payload: the published item as the Delivery API renders it for an anonymous caller.
        var request = new DeliveryRequest(cultures.Default, Preview: false, ApiKeyState.None, StartItem: null);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var message in messages)
        {
            var matching = subscriptions.Where(s => Matches(s, message) && !queued.Contains((s.Id, message.Id))).ToList();
            if (matching.Count == 0)
            {
                continue;
            }

            var payload = message.Event == WebhookEvents.ContentPublish
                ? await PublishedPayloadAsync(store, renderer, request, message.EntityKey, cancellationToken)
                : IdPayload(message.EntityKey);
            foreach (var subscription in matching)
            {
                db.WebhookDeliveries.Add(new WebhookDelivery
                {
                    SubscriptionId = subscription.Id,
                    OutboxMessageId = message.Id,
                    Event = message.Event,
                    EntityKey = message.EntityKey,
                    Payload = payload,
                    NextAttemptUtc = now,
                    CreatedUtc = now,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static bool Matches(WebhookSubscription subscription, OutboxMessage message) =>
        subscription.Events.Split(',').Contains(message.Event, StringComparer.Ordinal)
        && (subscription.ContentTypes.Length == 0 || subscription.ContentTypes.Split(',').Contains(message.ContentType, StringComparer.Ordinal));

    private static async Task<string> PublishedPayloadAsync(DeliveryContentStore store, ContentRenderer renderer, DeliveryRequest request, Guid key, CancellationToken ct)
    {
        // Already unpublished again, of a type the Delivery API does not expose, or protected (an anonymous caller
        // gets 401 for it): send only the id.
        if (await store.ByKeyAsync(key, request, ct) is not { } row || await store.AccessAsync(row, request, ct) != PublicAccessStatus.AccessAccepted)
        {
            return IdPayload(key);
        }

        var session = await renderer.PrepareAsync([row], request, expand: null, fields: null, ct);
        return Encoding.UTF8.GetString(renderer.RenderItem(row, session));
    }

    private static string IdPayload(Guid key) => new JsonObject { ["id"] = key }.ToJsonString(DeliveryJson.Options);
}
