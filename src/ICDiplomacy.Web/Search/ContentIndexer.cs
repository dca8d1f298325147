using ICDiplomacy.Web.Cms.Outbox;
using ICDiplomacy.Web.Data;
using Microsoft.EntityFrameworkCore;

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

        var keys = new HashSet<Guid>(messages.Select(m => m.EntityKey));
        var moved = messages.Where(m => m.Event == ContentEvents.Moved).Select(m => m.EntityKey).Distinct().ToList();
        if (moved.Count > 0)
        {
            // A move changes the path of every descendant; the outbox names only the moved item (and items whose routes changed).
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var paths = await db.Documents.AsNoTracking().Where(d => moved.Contains(d.Key)).Select(d => d.Path + ",").ToListAsync(cancellationToken);
            foreach (var prefix in paths)
            {
                keys.UnionWith(await db.Documents.AsNoTracking().Where(d => d.Path.StartsWith(prefix)).Select(d => d.Key).ToListAsync(cancellationToken));
            }
        }

        await indexes.ApplyAsync(keys, messages[^1].Id, cancellationToken);
    }
}
