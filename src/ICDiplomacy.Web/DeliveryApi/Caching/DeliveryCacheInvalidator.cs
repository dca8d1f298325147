using ICDiplomacy.Web.Cms.Outbox;
using Microsoft.AspNetCore.OutputCaching;

namespace ICDiplomacy.Web.DeliveryApi.Caching;

/// <summary>
/// Evicts cached Delivery API responses after a change is committed: the changed document's tag (every
/// response that shows, picks, expands or is routed under it) and the routing tag (query and by-route
/// answers); for media, the Media Delivery API's answers and every content answer that picks the item.
/// Node-local: every node evicts its own memory cache, following the shared outbox.
/// </summary>
internal sealed class DeliveryCacheInvalidator(IOutputCacheStore store, DeliveryCacheGeneration generation, ILogger<DeliveryCacheInvalidator> logger) : IOutboxSubscriber
{
    private static readonly TimeSpan SecondPassDelay = TimeSpan.FromMilliseconds(500);

    public string Name => "delivery-api-cache";

    public bool NodeLocal => true;

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        // Saving or rolling back only writes a draft; public answers (the only cached ones) are unchanged.
        var keys = messages
            .Where(m => !IsMedia(m) && m.Event is not (ContentEvents.Saved or ContentEvents.RolledBack))
            .Select(m => m.EntityKey)
            .Distinct()
            .ToList();
        var media = messages.Where(IsMedia).Select(m => m.EntityKey).Distinct().ToList();
        if (keys.Count == 0 && media.Count == 0)
        {
            return;
        }

        // Media changes advance it too: a content answer rendering a picked image may be in flight.
        generation.Advance();
        await EvictAsync(keys, media, cancellationToken);
        logger.LogDebug("Evicted cached Delivery API responses for {Count} document(s) and {MediaCount} media item(s)", keys.Count, media.Count);

        // A response that passed the generation check just before Advance may still be written to the store
        // just after the eviction; a second pass shortly after closes that window well within the 2 s target.
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(SecondPassDelay, CancellationToken.None);
                await EvictAsync(keys, media, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Second eviction pass failed");
            }
        }, CancellationToken.None);
    }

    private async Task EvictAsync(List<Guid> keys, List<Guid> media, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            await store.EvictByTagAsync(DeliveryCacheTags.Routing, cancellationToken);
        }

        foreach (var key in keys)
        {
            await store.EvictByTagAsync(DeliveryCacheTags.Content(key), cancellationToken);
        }

        if (media.Count > 0)
        {
            await store.EvictByTagAsync(DeliveryCacheTags.MediaApi, cancellationToken);
        }

        // A picked image that is changed, moved to the bin or deleted changes every response that shows it.
        foreach (var key in media)
        {
            await store.EvictByTagAsync(DeliveryCacheTags.Media(key), cancellationToken);
        }
    }

    private static bool IsMedia(OutboxMessage message) => message.Event.StartsWith("Umbraco.Media", StringComparison.Ordinal);
}
