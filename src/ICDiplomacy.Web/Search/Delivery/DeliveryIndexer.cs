using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.Search.Delivery;

/// <summary>
/// Keeps the delivery index current from the content outbox, per node (NodeLocal). It is registered after the
/// search indexer and before the Delivery API's cache invalidator, so a dispatch round updates the index before
/// it evicts cached answers; readers still check the index against the outbox head, which covers changes seen
/// in between.
/// </summary>
public sealed class DeliveryIndexer(DeliveryContentIndex index, IServiceScopeFactory scopes) : IOutboxSubscriber
{
    public string Name => DeliveryContentIndex.SubscriberName;

    public bool NodeLocal => true;

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        // Media changes do not change which documents a query finds; saving or rolling back only writes a draft.
        var content = messages.Where(m => !m.Event.StartsWith("Umbraco.Media", StringComparison.Ordinal)
            && m.Event is not (ContentEvents.Saved or ContentEvents.RolledBack)).ToList();
        var keys = await ChangedDocuments.KeysAsync(scopes, content, cancellationToken);
        await index.ApplyAsync(keys, messages[^1].Id, cancellationToken);
    }
}
