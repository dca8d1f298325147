using ICDiplomacy.Web.Cms.Outbox;

namespace ICDiplomacy.Web.Search;

/// <summary>
/// Keeps both indexes current from the content outbox. Every node keeps its own index (NodeLocal), as in
/// Umbraco's load-balanced setup. Each batch re-reads the changed items from the database and commits once,
/// so replaying a batch after a crash is harmless.
/// </summary>
public sealed class ContentIndexer(SearchIndexManager indexes, IServiceScopeFactory scopes) : IOutboxSubscriber
{
    public const string SubscriberName = "search";

    public string Name => SubscriberName;

    public bool NodeLocal => true;

    public async Task HandleAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        var keys = await ChangedDocuments.KeysAsync(scopes, messages, cancellationToken);
        await indexes.ApplyAsync(keys, messages[^1].Id, cancellationToken);
    }
}
